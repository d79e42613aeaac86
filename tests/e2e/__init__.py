"""Browser tests of the web app and the corpus they share with tests/test_web_*.py."""
