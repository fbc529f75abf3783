"""How the course's category colours look under colour-vision deficiencies, for anyone who
changes a palette (``plotting.PALETTE``, ``plotting.EVENT_CATEGORIES``).

Colour-vision deficiency is simulated with the matrices of Machado, Oliveira & Fernandes (2009),
"A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6),
severity 1.0 (protanopia, deuteranopia, tritanopia), applied to linear sRGB; colours are then
compared in CIELAB (D65) by ΔE*ab (CIE 1976). Two category styles are told apart when their
colours differ by at least ``MIN_DELTA_E`` or their markers differ.

The notebooks never import this module; it needs only numpy.
"""
from __future__ import annotations

import itertools
from typing import Iterable, NamedTuple

import numpy as np

MACHADO_2009 = {  # severity 1.0, linear RGB
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
DEFICIENCIES = tuple(MACHADO_2009)
SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                        [0.2126729, 0.7151522, 0.0721750],
                        [0.0193339, 0.1191920, 0.9503041]])
MIN_DELTA_E = 10.0


def srgb_to_linear(hex_colour: str) -> np.ndarray:
    """``"#RRGGBB"`` as linear RGB in [0, 1]."""
    h = hex_colour.lstrip("#")
    c = np.array([int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_lab(rgb: np.ndarray) -> np.ndarray:
    """Linear RGB as CIELAB (D65 white)."""
    white = SRGB_TO_XYZ @ np.ones(3)
    xyz = SRGB_TO_XYZ @ np.clip(rgb, 0, 1) / white
    delta = 6 / 29
    f = np.where(xyz > delta ** 3, np.cbrt(xyz), xyz / (3 * delta ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen_as(hex_colour: str, deficiency: str | None) -> np.ndarray:
    """The colour in CIELAB as seen with ``deficiency`` (``None``: normal vision)."""
    rgb = srgb_to_linear(hex_colour)
    if deficiency:
        rgb = MACHADO_2009[deficiency] @ rgb
    return linear_to_lab(rgb)


def delta_e(a: str, b: str, deficiency: str | None) -> float:
    """ΔE*ab (CIE 1976) between two colours as seen with ``deficiency``."""
    return float(np.linalg.norm(seen_as(a, deficiency) - seen_as(b, deficiency)))


class Closest(NamedTuple):
    """The closest pair of a style set under one kind of vision, and the pairs that cannot be told apart."""

    delta_e: float
    first: str
    second: str
    clashes: list[str]


def closest_pair(styles: Iterable[tuple[str, str, str]], deficiency: str | None,
                 min_delta_e: float = MIN_DELTA_E) -> Closest:
    """``styles``: (name, "#RRGGBB", marker) per category. The pair with the smallest ΔE, and every
    pair closer than ``min_delta_e`` that shares its marker (nothing tells those two apart)."""
    worst = (float("inf"), "", "")
    clashes = []
    for (name_a, col_a, mark_a), (name_b, col_b, mark_b) in itertools.combinations(list(styles), 2):
        d = delta_e(col_a, col_b, deficiency)
        worst = min(worst, (d, f"{name_a} {col_a}", f"{name_b} {col_b}"))
        if d < min_delta_e and mark_a == mark_b:
            clashes.append(f"{name_a} {col_a} vs {name_b} {col_b}: ΔE {d:.1f} and the same marker {mark_a!r}")
    return Closest(*worst, clashes)
