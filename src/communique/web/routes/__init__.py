"""HTTP routes: ``api`` (JSON under ``/api/``) and ``pages`` (HTML). Routes only parse
requests and call ``queries``/``render`` or the pipeline."""
