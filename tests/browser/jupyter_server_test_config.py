"""The browser tests' Jupyter server: JupyterLab's own test configuration (``galata``'s
``configure_jupyter_server``: no token, no XSRF check, its test-helper extension, the app
exposed as ``window.jupyterapp``, throwaway workspaces, root dir from
``JUPYTERLAB_GALATA_ROOT_DIR``), plus what the course's runs need: 127.0.0.1 only, no network
(news, update checks, language-server scan), and notebook settings that make Run All
dependable. By hand: ``jupyter lab --config tests/browser/jupyter_server_test_config.py``.
Never for real use: it switches security off.
"""
import json
import os
import tempfile
from pathlib import Path

from jupyterlab.galata import configure_jupyter_server

c = get_config()  # noqa: F821 (given by jupyter when it loads this file)
configure_jupyter_server(c)

c.ServerApp.ip = "127.0.0.1"
c.ServerApp.allow_root = True  # containers and CI run as root
c.ServerApp.jpserver_extensions = {"jupyter_lsp": False}
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
c.LabApp.extension_manager = "readonly"
c.KernelSpecManager.ensure_native_kernel = True

# User settings of JupyterLab and Notebook 7: start the kernel without the "Select Kernel"
# dialog, keep every cell in the DOM (the checks read every output), never write the notebook.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker": {"autoStartDefaultKernel": True, "windowingMode": "none",
                                               "kernelShutdown": False},
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False, "confirmClosingDocument": False},
    "@jupyterlab/apputils-extension/notification": {"checkForUpdates": False, "fetchNews": "false"},
    "@jupyterlab/extensionmanager-extension/plugin": {"enabled": False, "disclaimed": True},
}
settings_dir = Path(os.environ.get("JUPYTERLAB_SETTINGS_DIR") or tempfile.mkdtemp(prefix="course-lab-settings-"))
for plugin, values in SETTINGS.items():
    path = settings_dir / f"{plugin}.jupyterlab-settings"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values))
c.LabServerApp.user_settings_dir = str(settings_dir)
