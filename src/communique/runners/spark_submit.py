"""``spark-submit`` entry point (a plain script: absolute imports only).

    spark-submit --master yarn --py-files communique-0.1.0-py3-none-any.whl \
        "$(python -c 'import communique.runners.spark_submit as m; print(m.__file__)')" \
        s3a://bucket/news/ s3a://bucket/communique-out/

Same arguments as ``python -m communique.runners.spark`` and ``communique spark``;
without ``--master`` the master is the one ``spark-submit`` was given.
"""

import sys

from communique.runners.spark import main

if __name__ == "__main__":
    sys.exit(main())
