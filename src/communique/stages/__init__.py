"""Pipeline stages. Each module registers its stage functions with ``pipeline.stage``."""
