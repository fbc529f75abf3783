#!/usr/bin/env bash
# Placeholder until the browser tests land: nothing to install yet.
exit 0
