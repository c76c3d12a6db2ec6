"""LanguageTool support: provisioning (``provision``), server lifecycle (``server``) and HTTP client (``client``)."""
