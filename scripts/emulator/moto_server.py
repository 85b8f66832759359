"""Start moto's server for the kms-action tests: `python moto_server.py -H 127.0.0.1 -p PORT`.

Same as `python -m moto.server`, with one change: moto 5.2 generates an RSA-2048 private
key in every CreateKey call, even for symmetric keys (about 0.1 s each). Here that key is
generated on first use (Sign, Verify, GetPublicKey), so creating 1,000 keys for a test or
the benchmark takes seconds, not minutes. Set KMS_ACTION_MOTO_EAGER_KEYS=1 to turn it off.
"""

import os
import sys

import moto.kms.models as kms_models
from moto.server import main

_generate_private_key = kms_models.generate_private_key


class _LazyPrivateKey:
    """Stands in for moto's private key and generates the real one when first used."""

    def __init__(self, key_spec):
        self._key_spec = key_spec
        self._key = None

    def __getattr__(self, name):
        # Dunder and own-attribute lookups (copy, pickle, before __init__) must not recurse.
        if name.startswith("__") or name in ("_key_spec", "_key"):
            raise AttributeError(name)
        if self._key is None:
            self._key = _generate_private_key(self._key_spec)
        return getattr(self._key, name)


if os.environ.get("KMS_ACTION_MOTO_EAGER_KEYS") != "1":
    kms_models.generate_private_key = _LazyPrivateKey

if __name__ == "__main__":
    main(sys.argv[1:])
