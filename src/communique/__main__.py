"""``python -m communique ...``: the same command line as the ``communique`` script."""

from .cli import main

if __name__ == "__main__":  # pragma: no branch
    main(prog_name="communique")
