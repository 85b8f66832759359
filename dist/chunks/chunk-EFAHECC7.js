import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  parseKeyPolicy,
  require_dist,
  require_mod,
  toJsonPointer
} from "./chunk-SRQPVIDI.js";
import {
  KEY_SPEC_USAGES,
  SYMMETRIC_DEFAULT,
  USER_GRANT_ACTIONS,
  canRotateAutomatically,
  canonicalKmsAction,
  isForeignCryptoAction,
  keyUsageActions,
  kms_iam_data_default,
  partitionOf,
  userActionChoices
} from "./chunk-A54FERCJ.js";
import {
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  DEFAULT_REQUIRE_MFA_FOR,
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST,
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";
import {
  ManifestError
} from "./chunk-OXRK6FS4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BTB2OLG5.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// core/manifest/load-manifest.ts
var import_yaml7 = __toESM(require_dist(), 1);

// core/manifest/check-manifest-document.ts
var import_yaml3 = __toESM(require_dist(), 1);

// core/manifest/inspect-yaml-structure.ts
var import_yaml = __toESM(require_dist(), 1);

// core/manifest/yaml-key-name.ts
function yamlKeyName(key) {
  let value = key?.value;
  return value == null ? "" : typeof value == "string" ? value : typeof value == "number" || typeof value == "boolean" || typeof value == "bigint" ? String(value) : JSON.stringify(value);
}

// core/manifest/inspect-yaml-structure.ts
var MAX_YAML_ALIASES = 200, MAX_YAML_DEPTH = 64, MAX_COLLECTION_ENTRIES = 5e3, MAX_YAML_NODES = 1e5, CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`)
);
function inspectYamlStructure(document, text) {
  let index = {
    duplicates: /* @__PURE__ */ new Map(),
    quotedScalarStarts: /* @__PURE__ */ new Map(),
    firstAliasOffset: void 0,
    problems: [],
    values: 0,
    expandedValues: 0
  }, anchors = /* @__PURE__ */ new Map(), openAnchors = [], aliases = 0, nodes = 0, expanded = 0, report = (node, message, hint) => {
    index.problems.push({
      offset: node?.range?.[0] ?? 0,
      message,
      ...hint === void 0 ? {} : { hint }
    });
  }, visit = (node, depth) => {
    if (node == null || nodes > MAX_YAML_NODES) return;
    if (nodes += 1, (0, import_yaml.isAlias)(node) || (expanded += 1), nodes > MAX_YAML_NODES) {
      report(
        node,
        `the manifest holds more than ${MAX_YAML_NODES} values (scalars, lists and mappings); this is value ${MAX_YAML_NODES + 1}`,
        "split the keys across several manifests, e.g. one per account or team"
      );
      return;
    }
    if ((0, import_yaml.isAlias)(node)) {
      index.firstAliasOffset ??= node.range?.[0], aliases += 1;
      let copied = anchors.get(node.source)?.size ?? 1, wasUnder = expanded <= MAX_YAML_NODES;
      expanded += copied, wasUnder && expanded > MAX_YAML_NODES && report(
        node,
        `the manifest expands to more than ${MAX_YAML_NODES} values through YAML aliases and merge keys; this alias copies ${copied} values`,
        "write shared values under `defaults:` or in a `key_templates:` entry instead of copying large anchors"
      ), aliases === MAX_YAML_ALIASES + 1 && report(
        node,
        `the manifest uses more than ${MAX_YAML_ALIASES} YAML aliases`,
        "write the values out, or use `defaults:` instead of anchors and aliases"
      ), openAnchors.includes(node.source) ? report(
        node,
        `the alias \`*${node.source}\` is inside the value it refers to`,
        "an alias cannot refer to the list or mapping that contains it: write the value out"
      ) : anchors.has(node.source) || report(
        node,
        `the alias \`*${node.source}\` refers to no anchor`,
        `define \`&${node.source}\` on a value before this line, or write the value out`
      );
      return;
    }
    let yamlNode = node;
    if (yamlNode.tag !== void 0 && yamlNode.tag !== "!" && !CORE_TAGS.has(yamlNode.tag)) {
      let shown = yamlNode.tag.replace("tag:yaml.org,2002:", "!!"), start = yamlNode.range?.[0] ?? 0, from = Math.max(0, start - 256), found = text.slice(from, start + shown.length).lastIndexOf(shown), tagOffset = found < 0 ? -1 : from + found;
      index.problems.push({
        offset: tagOffset >= 0 && tagOffset <= start ? tagOffset : start,
        message: `the YAML tag \`${shown}\` is not supported in a manifest`,
        hint: "remove the tag: a manifest holds plain strings, numbers, booleans, lists and mappings"
      });
    }
    let anchor = yamlNode.anchor, expandedBefore = expanded - 1;
    if ((0, import_yaml.isScalar)(node)) {
      anchor !== void 0 && anchors.set(anchor, { size: 1, isMap: !1 }), (node.type === import_yaml.Scalar.QUOTE_DOUBLE || node.type === import_yaml.Scalar.QUOTE_SINGLE) && node.range !== void 0 && node.range !== null && index.quotedScalarStarts.set(node.range[1], node.range[0]);
      return;
    }
    if (!(0, import_yaml.isCollection)(node)) {
      anchor !== void 0 && anchors.set(anchor, { size: 1, isMap: !1 });
      return;
    }
    if (depth >= MAX_YAML_DEPTH) {
      report(
        node,
        `the manifest nests lists or mappings more than ${MAX_YAML_DEPTH} levels deep`,
        "a manifest needs about ten levels: flatten this value"
      );
      return;
    }
    yamlNode.anchor !== void 0 && openAnchors.push(yamlNode.anchor);
    let pastCap = node.items[MAX_COLLECTION_ENTRIES];
    pastCap !== void 0 && report(
      (0, import_yaml.isPair)(pastCap) ? pastCap.key : pastCap,
      `this ${(0, import_yaml.isMap)(node) ? "mapping" : "list"} has ${node.items.length} entries, over the limit of ${MAX_COLLECTION_ENTRIES} (this is entry ${MAX_COLLECTION_ENTRIES + 1})`,
      "split the keys across several manifests, e.g. one per account or team"
    );
    let walked = Math.min(node.items.length, MAX_COLLECTION_ENTRIES);
    if ((0, import_yaml.isMap)(node)) {
      let seen = /* @__PURE__ */ new Map();
      for (let entry = 0; entry < walked; entry += 1) {
        let pair = node.items[entry], key = pair.key, keyOffset = key?.range?.[0] ?? 0;
        if ((0, import_yaml.isScalar)(key) || key === null || key === void 0) {
          isMergeKey(key) && checkMergeSources(pair.value);
          let name = isMergeKey(key) ? "<<" : yamlKeyName(key), firstOffset = seen.get(name);
          firstOffset === void 0 ? seen.set(name, keyOffset) : index.duplicates.set(keyOffset, { name, offset: keyOffset, firstOffset }), visit(key, depth + 1);
        } else
          report(
            key,
            (0, import_yaml.isAlias)(key) ? "a mapping key cannot be an alias" : "a mapping key must be a plain name, not a list or mapping",
            "write the key as a plain name, e.g. `prod-s3:`; quote it if it contains `[`, `{` or `*`"
          );
        visit(pair.value, depth + 1);
      }
    } else
      for (let entry = 0; entry < walked; entry += 1) visit(node.items[entry], depth + 1);
    yamlNode.anchor !== void 0 && openAnchors.pop(), anchor !== void 0 && anchors.set(anchor, { size: expanded - expandedBefore, isMap: (0, import_yaml.isMap)(node) });
  }, checkMergeSources = (value) => {
    let sources = (0, import_yaml.isSeq)(value) ? value.items : [value];
    for (let source of sources)
      ((0, import_yaml.isAlias)(source) ? anchors.get(source.source)?.isMap ?? !0 : (0, import_yaml.isMap)(source)) || report(
        source,
        "a YAML merge key (`<<:`) takes a mapping, an alias of a mapping, or a list of them",
        "write `<<: *name` where `&name` marks a mapping, e.g. `shared: &name { account: prod }`"
      );
  };
  return visit(document.contents, 0), index.values = nodes, index.expandedValues = expanded, index;
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && typeof key.value == "symbol";
}

// core/manifest/scan-yaml-lexemes.ts
var import_yaml2 = __toESM(require_dist(), 1);

// schemas/kms.schema.json
var kms_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/kms-action/kms-action/schemas/kms.schema.json",
  title: "kms-action manifest (kms.yaml)",
  description: "Declarative AWS KMS customer managed keys, managed by kms-action.",
  type: "object",
  additionalProperties: !1,
  required: ["version", "keys"],
  properties: {
    version: {
      const: 1,
      description: "Manifest format version. Always `1`."
    },
    defaults: {
      type: "object",
      additionalProperties: !1,
      description: "Values merged into every key (a key's own value wins; `tags` are merged name by name; `policy` field by field). Fields that identify one key or act on one key cannot be defaults: `adopt`, `moved_from` and `aliases` name exactly one key; `state` and `bypass_policy_lockout_safety_check` are decided key by key so that one line cannot disable, delete or unlock every key; `grants` and `lint_ignore` carry per-key names and reasons (use `lint.rules` for the whole manifest); `replicas` lists one key's Regions. To share those, use a YAML merge key (`<<: *shared`) or `key_templates`. `keep_grants` may be a default: its entries are added to each key's own.",
      properties: {
        account: {
          type: "string",
          minLength: 1,
          description: "A name from `accounts`, or a 12-digit AWS account id."
        },
        region: {
          type: "string",
          pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$",
          description: "AWS Region code, e.g. `us-east-1`."
        },
        environment: {
          type: "string",
          minLength: 1,
          maxLength: 64,
          pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
          description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities."
        },
        service: {
          type: "string",
          minLength: 1,
          maxLength: 64,
          pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
          description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain."
        },
        compliance: {
          type: "string",
          minLength: 1,
          maxLength: 64,
          pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
          description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared."
        },
        description: {
          type: "string",
          maxLength: 8192,
          description: "Key description shown in the console."
        },
        rotation: {
          type: "object",
          description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.",
          additionalProperties: !1,
          properties: {
            enabled: {
              type: "boolean",
              description: "Turn automatic rotation on (recommended) or off."
            },
            period_in_days: {
              type: "integer",
              minimum: 90,
              maximum: 2560,
              description: "Days between rotations, 90..2560. AWS default: 365."
            }
          }
        },
        deletion_window_in_days: {
          type: "integer",
          minimum: 7,
          maximum: 30,
          description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production."
        },
        tags: {
          type: "object",
          description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.",
          maxProperties: 50,
          propertyNames: {
            minLength: 1,
            maxLength: 128,
            pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"
          },
          additionalProperties: {
            type: "string",
            maxLength: 256,
            pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"
          }
        },
        key_spec: {
          enum: [
            "SYMMETRIC_DEFAULT",
            "RSA_2048",
            "RSA_3072",
            "RSA_4096",
            "ECC_NIST_P256",
            "ECC_NIST_P384",
            "ECC_NIST_P521",
            "ECC_SECG_P256K1",
            "ECC_NIST_EDWARDS25519",
            "HMAC_224",
            "HMAC_256",
            "HMAC_384",
            "HMAC_512",
            "SM2",
            "ML_DSA_44",
            "ML_DSA_65",
            "ML_DSA_87",
            "ML_KEM_512",
            "ML_KEM_768",
            "ML_KEM_1024"
          ],
          description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet."
        },
        key_usage: {
          enum: [
            "ENCRYPT_DECRYPT",
            "SIGN_VERIFY",
            "GENERATE_VERIFY_MAC",
            "KEY_AGREEMENT",
            "ENCAPSULATE_DECAPSULATE"
          ],
          description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)."
        },
        multi_region: {
          type: "boolean",
          description: "Create a multi-Region primary key (immutable after creation)."
        },
        origin: {
          enum: ["AWS_KMS", "EXTERNAL"],
          description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import."
        },
        policy: {
          type: "object",
          description: "Policy intent fields merged into every key that uses the intent form.",
          additionalProperties: !1,
          properties: {
            admins: {
              type: "array",
              uniqueItems: !0,
              items: {
                type: "string",
                minLength: 1,
                maxLength: 2048,
                description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
              },
              description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants."
            },
            users: {
              type: "array",
              uniqueItems: !0,
              items: {
                description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.",
                if: {
                  type: "string"
                },
                then: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2048,
                  description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                },
                else: {
                  type: "object",
                  additionalProperties: !1,
                  required: ["principals", "actions"],
                  properties: {
                    principals: {
                      type: "array",
                      minItems: 1,
                      uniqueItems: !0,
                      items: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2048,
                        description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                      },
                      description: "The group's principals: names from `principals`, or IAM ARNs."
                    },
                    actions: {
                      type: "array",
                      minItems: 1,
                      uniqueItems: !0,
                      items: {
                        type: "string",
                        pattern: "^(kms:)?[A-Za-z*]+$",
                        description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                      },
                      description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)."
                    }
                  }
                }
              },
              description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions."
            },
            via_service: {
              type: "array",
              uniqueItems: !0,
              items: {
                type: "string",
                pattern: "^[a-z][a-z0-9-]*$"
              },
              description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys."
            },
            encryption_context: {
              type: "object",
              description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.",
              propertyNames: {
                minLength: 1,
                maxLength: 256
              },
              additionalProperties: {
                type: "string",
                maxLength: 256
              },
              maxProperties: 32
            },
            cross_account: {
              type: "array",
              description: "Principals in other accounts that may use the key, each with the exact actions it may call.",
              items: {
                type: "object",
                additionalProperties: !1,
                required: ["principal", "actions"],
                properties: {
                  principal: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2048,
                    description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                  },
                  actions: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: !0,
                    items: {
                      type: "string",
                      pattern: "^(kms:)?[A-Za-z*]+$",
                      description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                    },
                    description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected."
                  }
                }
              }
            },
            organization: {
              description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.",
              if: {
                type: "string"
              },
              then: {
                type: "string",
                pattern: "^o-[a-z0-9]{10,32}$",
                description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)."
              },
              else: {
                type: "object",
                additionalProperties: !1,
                properties: {
                  id: {
                    type: "string",
                    pattern: "^o-[a-z0-9]{10,32}$",
                    description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`."
                  },
                  paths: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: !0,
                    items: {
                      type: "string",
                      maxLength: 2048,
                      pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$",
                      description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`."
                    },
                    description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`."
                  },
                  actions: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: !0,
                    items: {
                      type: "string",
                      pattern: "^(kms:)?[A-Za-z*]+$",
                      description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                    },
                    description: "The only actions members get, among the key usage's user actions. Default: every user action."
                  }
                }
              }
            },
            require_mfa_for: {
              type: "array",
              uniqueItems: !0,
              items: {
                type: "string",
                pattern: "^(kms:)?[A-Za-z*]+$",
                description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
              },
              description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA."
            },
            services: {
              type: "array",
              uniqueItems: !0,
              maxItems: 32,
              description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.",
              items: {
                type: "object",
                additionalProperties: !1,
                required: ["service"],
                properties: {
                  service: {
                    enum: [
                      "autoscaling",
                      "cloudtrail",
                      "cloudwatch",
                      "config",
                      "events",
                      "guardduty",
                      "logs",
                      "route53-dnssec",
                      "s3",
                      "ses",
                      "sns"
                    ],
                    description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (encrypted event buses, and rules to encrypted SQS queues; not SNS topics: see docs/services.md), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)."
                  },
                  trails: {
                    type: "array",
                    uniqueItems: !0,
                    minItems: 1,
                    maxItems: 100,
                    items: {
                      type: "string",
                      maxLength: 2048,
                      pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$",
                      description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account."
                    },
                    description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account."
                  },
                  log_groups: {
                    type: "array",
                    uniqueItems: !0,
                    minItems: 1,
                    maxItems: 100,
                    items: {
                      type: "string",
                      pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$",
                      description: "A log group name of the key's account and Region."
                    },
                    description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region."
                  },
                  source_arns: {
                    type: "array",
                    uniqueItems: !0,
                    minItems: 1,
                    maxItems: 100,
                    items: {
                      type: "string",
                      maxLength: 2048,
                      pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$",
                      description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`."
                    },
                    description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, event buses and rules, alarms, detectors, hosted zones. Omitted: any resource of the key's account."
                  },
                  role_suffix: {
                    type: "string",
                    pattern: "^[\\w+=,.@-]{1,64}$",
                    description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)."
                  }
                }
              }
            },
            extra_statements: {
              type: "array",
              minItems: 1,
              items: {
                type: "object",
                description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON."
              },
              description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids."
            }
          }
        },
        keep_grants: {
          $ref: "#/properties/keys/additionalProperties/properties/keep_grants",
          description: "Keep rules for every key, added to each key's own `keep_grants` (a key cannot take one back: keeping is the safe side), e.g. `{ grantee: arn:aws:iam::111122223333:role/aws:ec2-infrastructure, reason: EBS volumes }` for the grants EC2 makes for the EBS volumes of each instance."
        }
      }
    },
    accounts: {
      type: "object",
      description: "Named AWS accounts: name -> 12-digit account id.",
      propertyNames: {
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$",
        maxLength: 64
      },
      additionalProperties: {
        type: "string",
        pattern: "^[0-9]{12}$",
        description: "12-digit AWS account id, quoted."
      }
    },
    principals: {
      type: "object",
      description: "Named principals: name -> IAM ARN or AWS service principal. Policies and grants refer to them by name. A name never looks like an AWS service principal (`<service>.amazonaws.com`): where a name and a literal could be read alike, a name must not pass for a service.",
      propertyNames: {
        pattern: "^(?![a-zA-Z0-9_.-]*\\.amazonaws\\.com(\\.cn)?$)[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
        maxLength: 64
      },
      additionalProperties: {
        type: "string",
        pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$",
        description: "IAM ARN of a role, user or account root, e.g. `arn:aws:iam::111122223333:role/app`, or an AWS service principal, e.g. `logs.amazonaws.com` (a grant grantee only: services use a key through `policy.services`)."
      }
    },
    lint: {
      type: "object",
      additionalProperties: !1,
      description: "Lint configuration.",
      properties: {
        rules: {
          type: "object",
          description: "Severity per lint rule id (see docs/rules.md).",
          propertyNames: {
            enum: [
              "public-principal",
              "no-root-backstop",
              "admin-user-overlap",
              "wildcard-action",
              "missing-mfa-guard",
              "cross-account-access",
              "missing-encryption-context",
              "unscoped-service-principal",
              "invalid-policy",
              "aws-managed-key",
              "shared-key",
              "rotation-disabled",
              "rotation-period",
              "deletion-window",
              "required-tags",
              "alias-naming",
              "alias-environment-mismatch",
              "compliance-isolation",
              "policy-lockout-bypass"
            ]
          },
          additionalProperties: {
            enum: ["off", "notice", "warning", "error"],
            description: "Severity of a lint rule: `off` disables it."
          }
        },
        environments: {
          type: "object",
          description: "Severities per environment, applied on top of `rules` to keys of that environment.",
          additionalProperties: {
            type: "object",
            additionalProperties: !1,
            properties: {
              rules: {
                type: "object",
                description: "Severity per lint rule id (see docs/rules.md).",
                propertyNames: {
                  enum: [
                    "public-principal",
                    "no-root-backstop",
                    "admin-user-overlap",
                    "wildcard-action",
                    "missing-mfa-guard",
                    "cross-account-access",
                    "missing-encryption-context",
                    "unscoped-service-principal",
                    "invalid-policy",
                    "aws-managed-key",
                    "shared-key",
                    "rotation-disabled",
                    "rotation-period",
                    "deletion-window",
                    "required-tags",
                    "alias-naming",
                    "alias-environment-mismatch",
                    "compliance-isolation",
                    "policy-lockout-bypass"
                  ]
                },
                additionalProperties: {
                  enum: ["off", "notice", "warning", "error"],
                  description: "Severity of a lint rule: `off` disables it."
                }
              }
            }
          }
        }
      }
    },
    key_templates: {
      type: "object",
      description: "Key templates: each declares one key per `for_each` entry (see docs/templates.md). Placeholders `${each.key}` and `${each.value}` are replaced in `name` and in the key's `description`, `aliases`, `service`, `compliance`, `environment`, `moved_from` and tag values; anywhere else they are refused. Generated keys are validated and compiled like written keys, count against the 5,000-key limit, may not reuse a written or generated name, and their problems point at the template's lines. Removing an entry from `for_each` removes its key from the manifest, like deleting a written key.",
      maxProperties: 100,
      propertyNames: {
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
        maxLength: 128
      },
      additionalProperties: {
        type: "object",
        additionalProperties: !1,
        required: ["for_each", "name", "key"],
        description: "One key template.",
        properties: {
          for_each: {
            type: ["array", "object"],
            description: "The entries to declare a key for: a list of names (`${each.key}` and `${each.value}` are both the name), or a mapping of name to a string (`${each.key}` is the name, `${each.value}` the string). Names are 1..64 letters, digits, `_`, `.` and `-`, starting with a letter or digit; at most 5,000 entries.",
            minItems: 1,
            maxItems: 5e3,
            uniqueItems: !0,
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"
            },
            minProperties: 1,
            maxProperties: 5e3,
            propertyNames: {
              pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
              maxLength: 64
            },
            additionalProperties: {
              type: "string",
              maxLength: 256
            }
          },
          name: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            pattern: "\\$\\{each\\.key\\}",
            description: "The logical name of each generated key; must contain `${each.key}`, e.g. `${each.key}-data`. The result must be a valid key name."
          },
          key: {
            type: "object",
            description: "The key each entry declares: any field of a key under `keys` (validated on each generated key), with placeholders in the fields named above."
          }
        }
      }
    },
    keys: {
      type: "object",
      description: "Managed keys by logical name. At most 5,000 keys per manifest: split larger estates across several manifests.",
      minProperties: 1,
      maxProperties: 5e3,
      propertyNames: {
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
        maxLength: 128
      },
      additionalProperties: {
        type: "object",
        additionalProperties: !1,
        description: "A customer managed key. Its logical name (the mapping key) is its stable identity.",
        properties: {
          adopt: {
            type: "string",
            pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
            description: "ARN of an existing key to bring under management (it is tagged with the ownership tags). Its account and Region come from the ARN. The way to manage a key made outside kms-action, by hand, by Terraform or by CloudFormation."
          },
          moved_from: {
            type: "string",
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            maxLength: 128,
            description: "The key's previous logical name, to rename it without replacing it: the plan re-tags the live key (`kms-action:key`) instead of reporting it as an orphan and creating a new one; aliases, grants and ciphertexts stay. Remove `moved_from` once the rename is applied everywhere the manifest is applied."
          },
          account: {
            type: "string",
            minLength: 1,
            description: "A name from `accounts`, or a 12-digit AWS account id."
          },
          region: {
            type: "string",
            pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$",
            description: "AWS Region code, e.g. `us-east-1`."
          },
          environment: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities."
          },
          service: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain."
          },
          compliance: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared."
          },
          description: {
            type: "string",
            maxLength: 8192,
            description: "Key description shown in the console."
          },
          rotation: {
            type: "object",
            description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.",
            additionalProperties: !1,
            properties: {
              enabled: {
                type: "boolean",
                description: "Turn automatic rotation on (recommended) or off."
              },
              period_in_days: {
                type: "integer",
                minimum: 90,
                maximum: 2560,
                description: "Days between rotations, 90..2560. AWS default: 365."
              }
            }
          },
          aliases: {
            type: "array",
            uniqueItems: !0,
            items: {
              type: "string",
              maxLength: 256,
              pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$"
            },
            description: "Aliases (`alias/` followed by letters, digits, `/`, `_`, `-`; not `alias/aws/`). Stable names applications use instead of key ids."
          },
          state: {
            enum: ["enabled", "disabled", "pending_deletion"],
            description: "Desired key state. `pending_deletion` schedules deletion after `deletion_window_in_days`."
          },
          deletion_window_in_days: {
            type: "integer",
            minimum: 7,
            maximum: 30,
            description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production."
          },
          tags: {
            type: "object",
            description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.",
            maxProperties: 50,
            propertyNames: {
              minLength: 1,
              maxLength: 128,
              pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"
            },
            additionalProperties: {
              type: "string",
              maxLength: 256,
              pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"
            }
          },
          key_spec: {
            enum: [
              "SYMMETRIC_DEFAULT",
              "RSA_2048",
              "RSA_3072",
              "RSA_4096",
              "ECC_NIST_P256",
              "ECC_NIST_P384",
              "ECC_NIST_P521",
              "ECC_SECG_P256K1",
              "ECC_NIST_EDWARDS25519",
              "HMAC_224",
              "HMAC_256",
              "HMAC_384",
              "HMAC_512",
              "SM2",
              "ML_DSA_44",
              "ML_DSA_65",
              "ML_DSA_87",
              "ML_KEM_512",
              "ML_KEM_768",
              "ML_KEM_1024"
            ],
            description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet."
          },
          key_usage: {
            enum: [
              "ENCRYPT_DECRYPT",
              "SIGN_VERIFY",
              "GENERATE_VERIFY_MAC",
              "KEY_AGREEMENT",
              "ENCAPSULATE_DECAPSULATE"
            ],
            description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)."
          },
          multi_region: {
            type: "boolean",
            description: "Create a multi-Region primary key (immutable after creation)."
          },
          origin: {
            enum: ["AWS_KMS", "EXTERNAL"],
            description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import."
          },
          replicas: {
            type: "array",
            maxItems: 50,
            items: {
              description: "A Region code (the replica takes every setting from its key), or a replica with settings of its own: `{ region, description, policy, tags, aliases, deletion_window_in_days, state }`.",
              if: {
                type: "string"
              },
              then: {
                type: "string",
                pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$",
                description: "AWS Region code, e.g. `eu-west-1`."
              },
              else: {
                type: "object",
                additionalProperties: !1,
                required: ["region"],
                properties: {
                  region: {
                    type: "string",
                    pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$",
                    description: "The replica's AWS Region code, e.g. `eu-west-1`: another Region than the key's, and each Region once."
                  },
                  description: {
                    $ref: "#/properties/keys/additionalProperties/properties/description",
                    description: "The replica's description. Omitted: the key's."
                  },
                  policy: {
                    $ref: "#/properties/keys/additionalProperties/properties/policy",
                    description: "The replica's own key policy, in either form of the key's `policy` (an intent is merged with `defaults.policy` and generated for the replica's Region). Omitted: the key's intent generated for the replica's Region, or the key's document."
                  },
                  tags: {
                    $ref: "#/properties/keys/additionalProperties/properties/tags",
                    description: "Tags of the replica, merged name by name over the key's tags (the replica's value wins). The ownership tags are set as on the key."
                  },
                  aliases: {
                    $ref: "#/properties/keys/additionalProperties/properties/aliases",
                    description: "Aliases of the replica, created in the replica's Region (an alias belongs to one Region). Omitted: none; the key's aliases are not copied."
                  },
                  deletion_window_in_days: {
                    $ref: "#/properties/keys/additionalProperties/properties/deletion_window_in_days",
                    description: "Waiting period, 7..30 days, before the replica is deleted once scheduled. Omitted: the key's."
                  },
                  state: {
                    $ref: "#/properties/keys/additionalProperties/properties/state",
                    description: "Desired state of the replica: `enabled`, `disabled` or `pending_deletion` (schedules the replica's deletion; destructive). Omitted: the key's state."
                  }
                }
              }
            },
            description: "The Regions a multi-Region key is replicated into (requires `multi_region: true`), each a Region code or a replica entry with its own settings (at most 50 per key and 5,000 per manifest). A replica shares its key's key material, key spec, key usage, origin and rotation; its description, policy, tags, aliases and state are its own (AWS: https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html). Grants are never replicated and a replica declares none: a live grant on a replica is an undeclared grant, revoked as a destructive change (with --allow-destructive) and reported by drift. A live replica whose Region is removed from the list is a `replica-removal` problem: to delete it, keep its entry with `state: pending_deletion`."
          },
          bypass_policy_lockout_safety_check: {
            type: "boolean",
            description: "Skip the AWS policy lockout safety check. Dangerous: linted as an error."
          },
          policy: {
            description: "Key policy: either the intent form (admins, users, ...) or `{ document: ... }`. Omitted: the policy is not managed (new keys get the AWS default key policy).",
            type: "object",
            if: {
              properties: {
                document: !0
              },
              required: ["document"]
            },
            then: {
              type: "object",
              description: "A raw key policy, used as is instead of the generated one.",
              additionalProperties: !1,
              required: ["document"],
              properties: {
                document: {
                  type: "object",
                  description: "The key policy JSON (`Version`, `Statement`), written as YAML or JSON."
                }
              }
            },
            else: {
              type: "object",
              description: "High-level intent from which kms-action generates a best-practice key policy.",
              additionalProperties: !1,
              properties: {
                admins: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2048,
                    description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                  },
                  description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants."
                },
                users: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.",
                    if: {
                      type: "string"
                    },
                    then: {
                      type: "string",
                      minLength: 1,
                      maxLength: 2048,
                      description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                    },
                    else: {
                      type: "object",
                      additionalProperties: !1,
                      required: ["principals", "actions"],
                      properties: {
                        principals: {
                          type: "array",
                          minItems: 1,
                          uniqueItems: !0,
                          items: {
                            type: "string",
                            minLength: 1,
                            maxLength: 2048,
                            description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                          },
                          description: "The group's principals: names from `principals`, or IAM ARNs."
                        },
                        actions: {
                          type: "array",
                          minItems: 1,
                          uniqueItems: !0,
                          items: {
                            type: "string",
                            pattern: "^(kms:)?[A-Za-z*]+$",
                            description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                          },
                          description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)."
                        }
                      }
                    }
                  },
                  description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions."
                },
                via_service: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    type: "string",
                    pattern: "^[a-z][a-z0-9-]*$"
                  },
                  description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys."
                },
                encryption_context: {
                  type: "object",
                  description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.",
                  propertyNames: {
                    minLength: 1,
                    maxLength: 256
                  },
                  additionalProperties: {
                    type: "string",
                    maxLength: 256
                  },
                  maxProperties: 32
                },
                cross_account: {
                  type: "array",
                  description: "Principals in other accounts that may use the key, each with the exact actions it may call.",
                  items: {
                    type: "object",
                    additionalProperties: !1,
                    required: ["principal", "actions"],
                    properties: {
                      principal: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2048,
                        description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                      },
                      actions: {
                        type: "array",
                        minItems: 1,
                        uniqueItems: !0,
                        items: {
                          type: "string",
                          pattern: "^(kms:)?[A-Za-z*]+$",
                          description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                        },
                        description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected."
                      }
                    }
                  }
                },
                organization: {
                  description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.",
                  if: {
                    type: "string"
                  },
                  then: {
                    type: "string",
                    pattern: "^o-[a-z0-9]{10,32}$",
                    description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)."
                  },
                  else: {
                    type: "object",
                    additionalProperties: !1,
                    properties: {
                      id: {
                        type: "string",
                        pattern: "^o-[a-z0-9]{10,32}$",
                        description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`."
                      },
                      paths: {
                        type: "array",
                        minItems: 1,
                        uniqueItems: !0,
                        items: {
                          type: "string",
                          maxLength: 2048,
                          pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$",
                          description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`."
                        },
                        description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`."
                      },
                      actions: {
                        type: "array",
                        minItems: 1,
                        uniqueItems: !0,
                        items: {
                          type: "string",
                          pattern: "^(kms:)?[A-Za-z*]+$",
                          description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                        },
                        description: "The only actions members get, among the key usage's user actions. Default: every user action."
                      }
                    }
                  }
                },
                require_mfa_for: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    type: "string",
                    pattern: "^(kms:)?[A-Za-z*]+$",
                    description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                  },
                  description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA."
                },
                services: {
                  type: "array",
                  uniqueItems: !0,
                  maxItems: 32,
                  description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.",
                  items: {
                    type: "object",
                    additionalProperties: !1,
                    required: ["service"],
                    properties: {
                      service: {
                        enum: [
                          "autoscaling",
                          "cloudtrail",
                          "cloudwatch",
                          "config",
                          "events",
                          "guardduty",
                          "logs",
                          "route53-dnssec",
                          "s3",
                          "ses",
                          "sns"
                        ],
                        description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (encrypted event buses, and rules to encrypted SQS queues; not SNS topics: see docs/services.md), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)."
                      },
                      trails: {
                        type: "array",
                        uniqueItems: !0,
                        minItems: 1,
                        maxItems: 100,
                        items: {
                          type: "string",
                          maxLength: 2048,
                          pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$",
                          description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account."
                        },
                        description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account."
                      },
                      log_groups: {
                        type: "array",
                        uniqueItems: !0,
                        minItems: 1,
                        maxItems: 100,
                        items: {
                          type: "string",
                          pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$",
                          description: "A log group name of the key's account and Region."
                        },
                        description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region."
                      },
                      source_arns: {
                        type: "array",
                        uniqueItems: !0,
                        minItems: 1,
                        maxItems: 100,
                        items: {
                          type: "string",
                          maxLength: 2048,
                          pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$",
                          description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`."
                        },
                        description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, event buses and rules, alarms, detectors, hosted zones. Omitted: any resource of the key's account."
                      },
                      role_suffix: {
                        type: "string",
                        pattern: "^[\\w+=,.@-]{1,64}$",
                        description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)."
                      }
                    }
                  }
                },
                extra_statements: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "object",
                    description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON."
                  },
                  description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids."
                }
              }
            }
          },
          grants: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: !1,
              required: ["name", "grantee", "operations"],
              properties: {
                name: {
                  type: "string",
                  minLength: 1,
                  maxLength: 256,
                  pattern: "^[a-zA-Z0-9:/_-]+$",
                  description: "Grant name: identifies the grant across runs."
                },
                grantee: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2048,
                  description: "Grantee principal: a name from `principals`, an IAM ARN, or an AWS service principal (`<service>.amazonaws.com`; then `source_arn` and `retiring_principal` are required)."
                },
                retiring_principal: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2048,
                  description: "Principal that may retire the grant: a name from `principals`, an IAM ARN or an AWS service principal."
                },
                operations: {
                  type: "array",
                  minItems: 1,
                  uniqueItems: !0,
                  items: {
                    enum: [
                      "Decrypt",
                      "Encrypt",
                      "GenerateDataKey",
                      "GenerateDataKeyWithoutPlaintext",
                      "ReEncryptFrom",
                      "ReEncryptTo",
                      "Sign",
                      "Verify",
                      "GetPublicKey",
                      "CreateGrant",
                      "RetireGrant",
                      "DescribeKey",
                      "GenerateDataKeyPair",
                      "GenerateDataKeyPairWithoutPlaintext",
                      "GenerateMac",
                      "VerifyMac",
                      "DeriveSharedSecret"
                    ]
                  },
                  description: "Grant operations."
                },
                encryption_context_subset: {
                  type: "object",
                  description: "The grant applies only when the request's encryption context includes these pairs.",
                  propertyNames: {
                    minLength: 1,
                    maxLength: 256
                  },
                  additionalProperties: {
                    type: "string",
                    maxLength: 256
                  },
                  maxProperties: 32
                },
                encryption_context_equals: {
                  type: "object",
                  description: "The grant applies only when the request's encryption context equals these pairs.",
                  propertyNames: {
                    minLength: 1,
                    maxLength: 256
                  },
                  additionalProperties: {
                    type: "string",
                    maxLength: 256
                  },
                  maxProperties: 32
                },
                source_arn: {
                  type: "string",
                  maxLength: 2048,
                  pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$",
                  description: "Grants to a service principal only (required there): the ARN of the resource the service may use the grant for (the grant's `SourceArn` constraint)."
                }
              }
            },
            description: "Declared grants. Live grants not declared here are reported."
          },
          keep_grants: {
            type: "array",
            maxItems: 100,
            description: "Live grants kms-action must never revoke, not even with --allow-destructive, without declaring each one: grants AWS services create for your resources (an EBS volume attached to an instance, an RDS database, a DynamoDB table). A live grant that matches no declared grant is kept when its grantee equals an entry's `grantee` exactly, or when the entry names an IAM role and the grantee is a session of that role (`arn:aws:sts::<account>:assumed-role/<role name>/<session>`). Kept grants are listed in every plan and drift report with the entry's reason. Entries only keep grants: they never create one or give access. In `defaults` they apply to every key, in addition to the key's own.",
            items: {
              type: "object",
              additionalProperties: !1,
              required: ["grantee", "reason"],
              properties: {
                grantee: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2048,
                  pattern: "^[^*?\\s]+$",
                  description: "The grantee of the live grants to keep, matched exactly (no wildcards): a name from `principals`, an AWS service principal (`dynamodb.us-east-1.amazonaws.com`), an IAM role ARN (also keeps grants to its sessions: `arn:aws:iam::111122223333:role/aws:ec2-infrastructure` keeps the grants EC2 makes for the EBS volumes of each instance), or another IAM principal ARN."
                },
                reason: {
                  type: "string",
                  minLength: 1,
                  maxLength: 1024,
                  pattern: "\\S",
                  description: "Why these grants must stay (required): shown next to each kept grant in the plan."
                }
              }
            }
          },
          lint_ignore: {
            type: "array",
            description: "Lint suppressions for this key, each with the reason it is acceptable.",
            items: {
              type: "object",
              additionalProperties: !1,
              required: ["rule", "reason"],
              properties: {
                rule: {
                  enum: [
                    "public-principal",
                    "no-root-backstop",
                    "admin-user-overlap",
                    "wildcard-action",
                    "missing-mfa-guard",
                    "cross-account-access",
                    "missing-encryption-context",
                    "unscoped-service-principal",
                    "invalid-policy",
                    "aws-managed-key",
                    "shared-key",
                    "rotation-disabled",
                    "rotation-period",
                    "deletion-window",
                    "required-tags",
                    "alias-naming",
                    "alias-environment-mismatch",
                    "compliance-isolation",
                    "policy-lockout-bypass"
                  ],
                  description: "Rule id to suppress on this key."
                },
                reason: {
                  type: "string",
                  minLength: 1,
                  pattern: "\\S",
                  description: "Why the finding is acceptable for this key (required)."
                }
              }
            }
          }
        }
      }
    }
  }
};

// core/manifest/create-keys-counter.ts
var MAX_MANIFEST_KEYS = kms_schema_default.properties.keys.maxProperties, SPLIT_HINT = "split the keys across several manifests, e.g. one per account or team";
function tooManyKeysProblem(offset, count) {
  return {
    offset,
    message: `\`keys\` declares ${count} keys, over the limit of ${MAX_MANIFEST_KEYS} keys per manifest (this is key ${MAX_MANIFEST_KEYS + 1})`,
    hint: SPLIT_HINT
  };
}
function createKeysCounter() {
  let state = "top", lineStart = !0, indent = 0, documentStartLine = !1, blockScalar = !1, keysIndent, line = [], count = 0, exact = !0, pastCap, endOfLine = () => {
    let [first, second, third] = line;
    line = [];
    let startLine = documentStartLine;
    if (documentStartLine = !1, first === void 0 || first.type === "comment" || first.type === "directive-line") return;
    if (startLine) {
      state = "done";
      return;
    }
    if (state === "top") {
      if (indent !== 0) return;
      let entry = first.type === "scalar-source" && second?.type === "map-value-ind" ? first.lexeme : void 0;
      entry === void 0 ? state = "done" : entry === "keys" && (state = third === void 0 || third.type === "comment" ? "keys" : "done");
      return;
    }
    if (state !== "keys") return;
    if (keysIndent ??= indent, indent === 0 || indent < keysIndent) {
      state = "done";
      return;
    }
    if (indent > keysIndent) return;
    if (!((first.type === "scalar-source" || first.type === "single-quoted-scalar" || first.type === "double-quoted-scalar") && second?.type === "map-value-ind")) {
      exact = !1;
      return;
    }
    count += 1, count === MAX_MANIFEST_KEYS + 1 && (pastCap = first.at);
  };
  return {
    next: (type, lexeme, at) => state === "done" ? !1 : type === "doc-start" && state === "top" && line.length === 0 && lineStart ? (documentStartLine = !0, !1) : type === "doc-start" || type === "doc-end" || type === "error" ? (state = "done", !1) : (type === "block-scalar-header" && (blockScalar = !0), type === "scalar-source" && blockScalar ? (blockScalar = !1, lexeme.endsWith(`
`) && (lineStart = !0, indent = 0), pastCap !== void 0) : type === "newline" ? (endOfLine(), lineStart = !0, indent = 0, pastCap !== void 0) : type === "space" ? (lineStart && line.length === 0 && (lexeme.includes("	") && (exact = !1), indent = lexeme.length), !1) : (lineStart = !1, line.length < 3 && line.push({ type, lexeme, at }), !1)),
    finish: () => (state !== "done" && endOfLine(), pastCap === void 0 ? [] : [
      exact ? tooManyKeysProblem(pastCap, count) : {
        offset: pastCap,
        message: `\`keys\` declares more than ${MAX_MANIFEST_KEYS} keys, over the limit of ${MAX_MANIFEST_KEYS} keys per manifest (this key is past it)`,
        hint: SPLIT_HINT
      }
    ])
  };
}

// core/manifest/scan-yaml-lexemes.ts
var MAX_YAML_ANCHORS = 1e3, MAX_YAML_TAGS = 1e4, MAX_YAML_BLOCK_SCALARS = 1e4, MAX_MANIFEST_LINES = 2e5;
function createLexemeScanner() {
  let offset = 0, atScalar = !1, flowDepth = 0, scalars = 0, aliases = 0, items = 0, explicitKeys = 0, valueIndicators = 0, blockScalarNext = !1, anchors = 0, tags = 0, blockScalars = 0, lines = 0, documentStarted = !1, contentSeen = !1, documentEnded = !1, problems = [], refused = !1, refuse = (problem) => {
    refused || (refused = !0, problems.push(problem));
  }, keys = createKeysCounter(), values = () => Math.max(scalars, items + Math.max(explicitKeys, valueIndicators)), look = (type, lexeme, at) => {
    switch (type) {
      case "scalar-source":
        !blockScalarNext && RESERVED_START.has(lexeme.charAt(0)) && refuse(reservedStartProblem(lexeme.charAt(0), at)), blockScalarNext = !1, scalars += 1;
        break;
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        scalars += 1;
        break;
      case "alias":
        scalars += 1, aliases += 1, aliases === MAX_YAML_ALIASES + 1 && !refused && (refused = !0, problems.push({
          offset: at,
          message: `the manifest uses more than ${MAX_YAML_ALIASES} YAML aliases`,
          hint: "write the values out, or use `defaults:` instead of anchors and aliases"
        }));
        break;
      case "flow-map-start":
      case "flow-seq-start":
        scalars += 1, flowDepth += 1;
        break;
      case "flow-map-end":
      case "flow-seq-end":
        flowDepth === 0 && refuse(strayCloserProblem(lexeme, at)), flowDepth = Math.max(0, flowDepth - 1);
        break;
      case "block-scalar-header":
        blockScalarNext = !0, blockScalars += 1, blockScalars === MAX_YAML_BLOCK_SCALARS + 1 && refuse({
          offset: at,
          message: `the manifest holds more than ${MAX_YAML_BLOCK_SCALARS} text blocks (\`|\` or \`>\`); this one is past the limit`,
          hint: "write short texts as quoted values on one line, or split the manifest"
        });
        break;
      case "newline":
        lines += 1, lines === MAX_MANIFEST_LINES + 1 && refuse({
          offset: at,
          message: `the manifest has more than ${MAX_MANIFEST_LINES} lines (not counting the lines of text blocks and quoted values); this one is past the limit`,
          hint: `remove blank and comment lines, or ${SPLIT_HINT}`
        });
        break;
      case "anchor":
        anchors += 1, anchors === MAX_YAML_ANCHORS + 1 && refuse({
          offset: at,
          message: `the manifest defines more than ${MAX_YAML_ANCHORS} YAML anchors (\`&name\`); this one is past the limit`,
          hint: `an anchor only serves aliases (at most ${MAX_YAML_ALIASES}): remove the anchors no alias uses, or use \`defaults:\``
        });
        break;
      case "tag":
        tags += 1, tags === MAX_YAML_TAGS + 1 && refuse({
          offset: at,
          message: `the manifest uses more than ${MAX_YAML_TAGS} YAML tags (\`!tag\`); this one is past the limit`,
          hint: "write the values without tags: quote a string instead of tagging it `!!str`"
        });
        break;
      case "seq-item-ind":
        flowDepth === 0 && (items += 1);
        break;
      case "explicit-key-ind":
        explicitKeys += 1;
        break;
      case "map-value-ind":
        valueIndicators += 1;
        break;
      case "doc-start":
        (documentStarted || contentSeen) && refuse(secondDocumentProblem(at, "---")), documentStarted = !0;
        break;
      case "doc-end":
        documentEnded && refuse(secondDocumentProblem(at, "...")), (documentStarted || contentSeen) && (documentEnded = !0);
        break;
      default:
        break;
    }
    NOT_CONTENT.has(type) || (contentSeen = !0), values() > MAX_YAML_NODES && refuse({
      offset: at,
      message: `the manifest holds more than ${MAX_YAML_NODES} values (scalars, lists and mappings); this one is past the limit`,
      hint: SPLIT_HINT
    }), keys.next(
      flowDepth > 0 && type !== "flow-map-start" && type !== "flow-seq-start" ? "in-flow" : type,
      lexeme,
      at
    ) && (refused = !0);
  };
  return {
    next: (lexeme) => {
      let at = offset, type;
      return atScalar ? (atScalar = !1, type = "scalar-source") : type = import_yaml2.CST.tokenType(lexeme) ?? "error", type === "scalar" ? atScalar = !0 : type === "flow-error-end" ? flowDepth = 0 : type !== "doc-mode" && (look(type, lexeme, at), offset += lexeme.length), refused;
    },
    finish: () => [...problems, ...keys.finish()].sort((a, b) => a.offset - b.offset)
  };
}
function secondDocumentProblem(offset, marker) {
  return {
    offset,
    message: "the manifest holds more than one YAML document",
    hint: `keep one manifest per file: remove the \`${marker}\` separator and what follows, or move it to its own file`
  };
}
function strayCloserProblem(lexeme, offset) {
  return {
    offset,
    message: `\`${lexeme}\` closes no ${lexeme === "]" ? "flow list (`[`)" : "flow mapping (`{`)"}: this is not valid YAML`,
    hint: `remove the \`${lexeme}\`, or quote the value it starts (e.g. \`'${lexeme}x'\`)`
  };
}
var RESERVED_START = /* @__PURE__ */ new Set([",", "@", "`"]);
function reservedStartProblem(character, offset) {
  return {
    offset,
    message: `an unquoted value cannot start with \`${character}\`: this is not valid YAML`,
    hint: `quote the value (e.g. \`'${character}x'\`)`
  };
}
var NOT_CONTENT = /* @__PURE__ */ new Set([
  "newline",
  "space",
  "comment",
  "directive-line",
  "doc-start",
  // A `...` alone starts no document.
  "doc-end",
  "byte-order-mark"
]);

// core/manifest/check-manifest-document.ts
var MAX_SYNTAX_PROBLEMS = 10;
function checkManifestDocument(file, text, documents, at) {
  let problem = (offset, message, hint) => ({
    message,
    file,
    ...at(offset),
    path: "",
    ...hint === void 0 ? {} : { hint }
  }), [first, second] = documents;
  if (first === void 0)
    throw new ManifestError([
      problem(0, "the manifest is empty", "start with `version: 1` and a `keys:` mapping")
    ]);
  if (second !== void 0)
    throw new ManifestError([
      problem(
        second.range[0],
        "the manifest holds more than one YAML document",
        "keep one manifest per file: remove the `---` separator and what follows, or move it to its own file"
      )
    ]);
  let exhausted = first.errors.find((error) => error.code === "RESOURCE_EXHAUSTION");
  if (exhausted !== void 0)
    throw new ManifestError([
      problem(
        exhausted.pos[0],
        "the manifest nests lists or mappings too deeply to be read",
        `a manifest needs about ten levels; keep nesting under ${MAX_YAML_DEPTH} levels`
      )
    ]);
  let structure = inspectYamlStructure(first, text), duplicateProblem = (duplicate) => problem(
    duplicate.offset,
    `\`${duplicate.name}\` appears twice in this mapping (first on line ${at(duplicate.firstOffset).line})`,
    "each field and each key name may appear only once in a mapping: remove or rename one of them"
  ), yamlProblem = (error) => {
    if (error.code === "MISSING_CHAR" && error.message.startsWith("Missing closing")) {
      let quote = error.message.includes('"') ? '"' : "'";
      return problem(
        structure.quotedScalarStarts.get(error.pos[0]) ?? error.pos[0],
        `this quoted value has no closing ${quote}`,
        `end the value with ${quote} on the same line, or remove the opening ${quote}`
      );
    }
    return problem(error.pos[0], firstLine(error.message), yamlHint(error.code));
  };
  if (first.errors.length > 0) {
    let syntax = dedupe([
      ...first.errors.map(yamlProblem),
      ...[...structure.duplicates.values()].map(duplicateProblem)
    ]).slice(0, MAX_SYNTAX_PROBLEMS);
    throw new ManifestError(syntax);
  }
  if (!(0, import_yaml3.isMap)(first.contents)) {
    let offset = first.contents?.range?.[0] ?? 0;
    throw new ManifestError([
      problem(
        offset,
        `the manifest must be a YAML mapping, got ${describeNode(first.contents)}`,
        "start with `version: 1` and a `keys:` mapping"
      )
    ]);
  }
  let keysProblem = manifestKeysProblem(first.contents), structureProblems = [
    ...[...structure.duplicates.values()].map(duplicateProblem),
    ...keysProblem === void 0 ? [] : [problem(keysProblem.offset, keysProblem.message, keysProblem.hint)],
    ...structure.problems.filter((found) => found.offset !== keysProblem?.offset).map((found) => problem(found.offset, found.message, found.hint))
  ];
  if (structureProblems.length > 0) throw new ManifestError(dedupe(structureProblems));
  let data;
  try {
    data = first.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw error instanceof ReferenceError && /excessive alias count/i.test(error.message) ? new ManifestError([
      problem(
        structure.firstAliasOffset ?? 0,
        `the manifest expands YAML aliases more than ${MAX_YAML_ALIASES} times`,
        "write the values out, or use `defaults:` instead of anchors and aliases"
      )
    ]) : error instanceof RangeError ? new ManifestError([
      problem(
        0,
        "the manifest nests lists or mappings too deeply to be read",
        `keep nesting under ${MAX_YAML_DEPTH} levels`
      )
    ]) : error;
  }
  return { document: first, data, structure };
}
function manifestKeysProblem(contents) {
  let keys = contents.get("keys", !0);
  if (!(0, import_yaml3.isMap)(keys) || keys.items.length <= MAX_MANIFEST_KEYS) return;
  let pastCap = keys.items[MAX_MANIFEST_KEYS]?.key;
  return tooManyKeysProblem(pastCap?.range?.[0] ?? keys.range?.[0] ?? 0, keys.items.length);
}
function dedupe(problems) {
  let seen = /* @__PURE__ */ new Set();
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column).filter((found) => {
    let id = `${found.line}:${found.column}:${found.message}`;
    return seen.has(id) ? !1 : (seen.add(id), !0);
  });
}
function firstLine(message) {
  return (message.split(`
`, 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
function yamlHint(code) {
  switch (code) {
    case "TAB_AS_INDENT":
      return "indent with spaces; YAML does not allow tabs for indentation";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "write each field as `name: value` on one line, indented like its neighbours; quote a value that contains `: `";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
      return "check the indentation and punctuation of this line and the one above";
    default:
      return;
  }
}
function describeNode(node) {
  return node == null ? "nothing" : (0, import_yaml3.isSeq)(node) ? "a list" : (0, import_yaml3.isScalar)(node) ? `the scalar ${JSON.stringify(node.value)}` : "something else";
}

// core/manifest/create-node-locator.ts
var import_yaml4 = __toESM(require_dist(), 1);
function createNodeLocator(document, work = { indexedEntries: 0 }) {
  let indexes = /* @__PURE__ */ new WeakMap(), anchored, resolve = (node) => (0, import_yaml4.isAlias)(node) ? (anchored ??= indexAliases(document), anchored.get(node)) : node, entryOf = (node, name, onMerge, depth = 0) => {
    let index = indexes.get(node);
    if (index === void 0) {
      index = { names: /* @__PURE__ */ new Map(), merged: [], mergeKeyOffset: 0 };
      for (let item of node.items) {
        if (work.indexedEntries += 1, !(0, import_yaml4.isPair)(item)) continue;
        if (isMergeKey(item.key)) {
          index.merged = (0, import_yaml4.isSeq)(item.value) ? item.value.items : [item.value], index.mergeKeyOffset = item.key.range?.[0] ?? 0;
          continue;
        }
        if (!((0, import_yaml4.isScalar)(item.key) || item.key === null)) continue;
        let key = yamlKeyName(item.key);
        index.names.has(key) || index.names.set(key, item);
      }
      indexes.set(node, index);
    }
    let written = index.names.get(name);
    if (written !== void 0 || depth >= MAX_MERGE_DEPTH) return written;
    for (let source of index.merged) {
      let mapping = resolve(source), found = (0, import_yaml4.isMap)(mapping) ? entryOf(mapping, name, void 0, depth + 1) : void 0;
      if (found !== void 0)
        return onMerge?.(index.mergeKeyOffset), found;
    }
  };
  return (path, want, onMerge) => {
    let node = document.contents, offset = document.contents?.range?.[0] ?? 0;
    for (let [index, segment] of path.entries()) {
      let last = index === path.length - 1;
      if ((0, import_yaml4.isMap)(node)) {
        let pair = entryOf(node, String(segment), onMerge);
        if (pair === void 0 || (offset = pair.key?.range?.[0] ?? offset, last && want === "key")) return offset;
        node = pair.value;
      } else if ((0, import_yaml4.isSeq)(node) && isListIndex(String(segment)))
        node = node.items[Number(segment)];
      else
        return offset;
      let range = node?.range;
      range && (offset = range[0]);
    }
    return offset;
  };
}
var MAX_MERGE_DEPTH = 64;
function indexAliases(document) {
  let latest = /* @__PURE__ */ new Map(), resolved = /* @__PURE__ */ new Map(), visit = (node) => {
    if ((0, import_yaml4.isAlias)(node)) {
      resolved.set(node, latest.get(node.source));
      return;
    }
    if ((0, import_yaml4.isPair)(node)) {
      visit(node.key), visit(node.value);
      return;
    }
    if ((0, import_yaml4.isCollection)(node)) for (let item of node.items) visit(item);
    let anchor = node?.anchor;
    anchor !== void 0 && latest.set(anchor, node);
  };
  return visit(document.contents), resolved;
}
function isListIndex(segment) {
  return segment.length > 0 && segment.length < 16 && /^\d+$/.test(segment);
}

// core/manifest/manifest-too-large-problem.ts
function manifestTooLargeProblem(file, size) {
  return {
    message: `the manifest is ${size} bytes, over the 1 MiB (1048576 bytes) limit`,
    file,
    line: 1,
    column: 1,
    path: "",
    hint: "split the keys across several manifests"
  };
}

// core/manifest/decode-manifest-text.ts
function decodeManifestText(file, content) {
  let size = typeof content == "string" ? new TextEncoder().encode(content).byteLength : content.byteLength;
  if (size > 1048576) throw new ManifestError([manifestTooLargeProblem(file, size)]);
  let text;
  if (typeof content == "string")
    text = content;
  else {
    if (content[0] === 255 && content[1] === 254 || content[0] === 254 && content[1] === 255)
      throw new ManifestError([
        {
          message: "the manifest is UTF-16 encoded",
          file,
          line: 1,
          column: 1,
          path: "",
          hint: "save it as UTF-8"
        }
      ]);
    try {
      text = new TextDecoder("utf-8", { fatal: !0 }).decode(content);
    } catch {
      throw new ManifestError([
        {
          message: "the manifest is not valid UTF-8",
          file,
          ...invalidUtf8Position(content),
          path: "",
          hint: "save it as UTF-8 (this looks like another encoding, e.g. Latin-1 or Windows-1252)"
        }
      ]);
    }
  }
  let withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text, control = CONTROL_CHARACTER.exec(withoutBom);
  if (control !== null) {
    let before = withoutBom.slice(0, control.index), lineStart = before.lastIndexOf(`
`) + 1, codePoint = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new ManifestError([
      {
        message: `the manifest contains the control character U+${codePoint}`,
        file,
        line: before.split(`
`).length,
        column: control.index - lineStart + 1,
        path: "",
        hint: codePoint === "0000" ? "NUL characters usually mean the file is UTF-16 encoded: save it as UTF-8" : "remove it: a manifest is plain text (tabs and line breaks are the only control characters allowed)"
      }
    ]);
  }
  return withoutBom;
}
function invalidUtf8Position(bytes) {
  let decodes = (length) => {
    try {
      return new TextDecoder("utf-8", { fatal: !0 }).decode(bytes.subarray(0, length), { stream: !0 }), !0;
    } catch {
      return !1;
    }
  }, low = 0, high = bytes.length;
  for (; low < high; ) {
    let middle = Math.floor((low + high) / 2);
    decodes(middle) ? low = middle + 1 : high = middle;
  }
  let start = Math.max(0, low - 1), pending = () => {
    try {
      return new TextDecoder("utf-8", { fatal: !0 }).decode(bytes.subarray(0, start)), !1;
    } catch {
      return !0;
    }
  };
  for (let back = 0; back < 3 && start > 0 && pending(); back += 1) start -= 1;
  let lines = new TextDecoder("utf-8").decode(bytes.subarray(0, start)).split(`
`);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
var CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

// core/manifest/index-node-positions.ts
var import_yaml5 = __toESM(require_dist(), 1);
function indexNodePositions(node) {
  let root = positionsOf(node);
  return {
    offset: typeof root == "number" ? root : root?.offset,
    find: (path, want, start) => {
      let current = root, offset = start;
      for (let [index, segment] of path.entries()) {
        let last = index === path.length - 1;
        if (isMapPositions(current)) {
          let entry = entryIndex(current, String(segment));
          if (entry === void 0 || (offset = current.keyOffsets[entry] ?? offset, last && want === "key")) return offset;
          current = current.values[entry];
        } else if (isSeqPositions(current) && isListIndex2(String(segment)))
          current = current.items[Number(segment)];
        else
          return offset;
        let at = typeof current == "number" ? current : current?.offset;
        at !== void 0 && (offset = at);
      }
      return offset;
    }
  };
}
function positionsOf(node) {
  let offset = node?.range?.[0];
  if ((0, import_yaml5.isMap)(node)) {
    let keys = node.items.map((pair) => pair.key);
    return {
      offset,
      names: keys.map((key) => yamlKeyName(key)),
      keyOffsets: keys.map((key) => key?.range?.[0]),
      values: node.items.map((pair) => positionsOf(pair.value))
    };
  }
  return (0, import_yaml5.isSeq)(node) ? { offset, items: node.items.map(positionsOf) } : offset;
}
var SCANNED_ENTRIES = 16;
function entryIndex(positions, name) {
  if (positions.names.length <= SCANNED_ENTRIES) {
    let found = positions.names.indexOf(name);
    return found < 0 ? void 0 : found;
  }
  if (positions.index === void 0) {
    positions.index = /* @__PURE__ */ new Map();
    for (let [index, entryName] of positions.names.entries())
      positions.index.has(entryName) || positions.index.set(entryName, index);
  }
  return positions.index.get(name);
}
function isMapPositions(positions) {
  return typeof positions == "object" && "names" in positions;
}
function isSeqPositions(positions) {
  return typeof positions == "object" && "items" in positions;
}
function isListIndex2(segment) {
  return segment.length > 0 && segment.length < 16 && /^\d+$/.test(segment);
}

// core/manifest/position-in-text.ts
function positionInText(text) {
  let lineStarts = [0];
  for (let index = text.indexOf(`
`); index !== -1; index = text.indexOf(`
`, index + 1))
    lineStarts.push(index + 1);
  return (offset) => {
    let clamped = Math.min(Math.max(0, offset), text.length), low = 0, high = lineStarts.length - 1;
    for (; low < high; ) {
      let middle = Math.ceil((low + high) / 2);
      (lineStarts[middle] ?? 0) <= clamped ? low = middle : high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  };
}

// core/manifest/read-yaml-documents.ts
var import_yaml6 = __toESM(require_dist(), 1);

// core/manifest/create-keys-taker.ts
var BATCH_ENTRIES = 16;
function createKeysTaker() {
  let left = 0;
  return (parser, tokens) => {
    let taken = takeCompletedKeys(parser, tokens, left);
    if (taken !== void 0)
      return left = taken.left, taken.document;
  };
}
function takeCompletedKeys(parser, tokens, left) {
  let [document, top, keys] = parser.stack;
  if (document?.type !== "document" || top?.type !== "block-map" || keys?.type !== "block-map" || document.value !== void 0 && document.value !== top) return;
  let owner = top.items.at(-1), next = keys.items.at(-1);
  if (keys.items.length - left <= BATCH_ENTRIES || next?.sep === void 0 || owner?.key?.type !== "scalar" || owner.key.source !== "keys" || owner.value !== void 0 || !(tokensStandAlone(owner.start, 0) && tokensStandAlone(owner.sep, 0)) || !plainDocumentStart(document, tokens))
    return;
  let taken = [], kept = keys.items.slice(0, left);
  for (let item of keys.items.slice(left, -1)) {
    let key = item.key;
    (key?.type === "scalar" || key?.type === "single-quoted-scalar" || key?.type === "double-quoted-scalar") && item.value !== void 0 && itemStandsAlone(item) ? taken.push(item) : kept.push(item);
  }
  return keys.items.splice(0, keys.items.length - 1, ...kept), taken.length === 0 ? { document: void 0, left: kept.length } : { document: {
    type: "document",
    offset: document.offset,
    start: document.start,
    value: {
      type: "block-map",
      offset: top.offset,
      indent: top.indent,
      items: [
        {
          start: owner.start,
          key: owner.key,
          sep: owner.sep ?? [],
          value: { type: "block-map", offset: keys.offset, indent: keys.indent, items: taken }
        }
      ]
    }
  }, left: kept.length };
}
var RELATING = /* @__PURE__ */ new Set([
  "anchor",
  "alias",
  "tag",
  "explicit-key-ind",
  "directive",
  "doc-start",
  "doc-end",
  "error"
]), INERT = /* @__PURE__ */ new Set([
  "byte-order-mark",
  "doc-mode",
  "space",
  "comment",
  "newline",
  "directive-line",
  "seq-item-ind",
  "map-value-ind",
  "flow-map-start",
  "flow-map-end",
  "flow-seq-start",
  "flow-seq-end",
  "flow-error-end",
  "comma",
  "block-scalar-header"
]), MAX_WALK_DEPTH = MAX_YAML_DEPTH + 8;
function itemStandsAlone(item, depth = 0) {
  return depth > MAX_WALK_DEPTH || item.explicitKey === !0 ? !1 : tokensStandAlone(item.start, depth) && (item.key === void 0 || item.key === null || tokenStandsAlone(item.key, depth)) && tokensStandAlone(item.sep, depth) && (item.value === void 0 || tokenStandsAlone(item.value, depth));
}
function tokensStandAlone(tokens, depth) {
  if (tokens === void 0) return !0;
  for (let token of tokens) if (!tokenStandsAlone(token, depth)) return !1;
  return !0;
}
function tokenStandsAlone(token, depth) {
  switch (token.type) {
    case "scalar":
      return token.source !== "<<" && tokensStandAlone(token.end, depth);
    case "single-quoted-scalar":
    case "double-quoted-scalar":
      return tokensStandAlone(token.end, depth);
    case "block-scalar":
      return tokensStandAlone(token.props, depth);
    case "block-map":
    case "block-seq":
      return token.items.every((item) => itemStandsAlone(item, depth + 1));
    case "flow-collection":
      return tokenStandsAlone(token.start, depth) && token.items.every((item) => itemStandsAlone(item, depth + 1)) && tokensStandAlone(token.end, depth);
    default:
      return INERT.has(token.type) && !RELATING.has(token.type);
  }
}
function plainDocumentStart(document, tokens) {
  return tokens.some((token) => token.type === "directive" || token.type === "document") ? !1 : document.start.every(
    (token) => ["doc-start", "space", "newline", "comment"].includes(token.type)
  );
}

// core/manifest/with-plain-environment.ts
function withPlainEnvironment(read) {
  let host = globalThis.process, real = host?.env;
  if (host === void 0 || real === void 0 || real === null) return read();
  try {
    host.env = { ...real };
  } catch {
    return read();
  }
  try {
    return read();
  } finally {
    host.env = real;
  }
}

// core/manifest/read-yaml-documents.ts
function readYamlDocuments(text, onKeysBatch) {
  return withPlainEnvironment(() => readDocuments(text, onKeysBatch));
}
function readDocuments(text, onKeysBatch) {
  let scanner = createLexemeScanner(), parser = new import_yaml6.Parser(), tokens = [], refused = !1, takeKeys = onKeysBatch === void 0 ? void 0 : createKeysTaker();
  for (let lexeme of new import_yaml6.Lexer().lex(text)) {
    if (refused = scanner.next(lexeme) || refused, refused) continue;
    for (let token of parser.next(lexeme)) tokens.push(token);
    let batch = lexeme === `
` || lexeme === `\r
` ? takeKeys?.(parser, tokens) : void 0;
    if (batch !== void 0 && onKeysBatch !== void 0)
      for (let document of createComposer().compose([batch])) onKeysBatch(document);
  }
  let problems = scanner.finish();
  if (problems.length > 0) return { ok: !1, problems };
  for (let token of parser.end()) tokens.push(token);
  return { ok: !0, documents: Array.from(createComposer().compose(tokens)) };
}
function createComposer() {
  return new import_yaml6.Composer({
    prettyErrors: !1,
    // yaml's own duplicate check compares every key with every other (quadratic: a minute for
    // a 700 KB file of short keys); inspectStructure finds duplicates with one Map per mapping.
    uniqueKeys: !1,
    schema: "core",
    // YAML 1.1 merge keys (`<<: *shared`): inspectYamlStructure checks their sources and
    // bounds what they expand to, like aliases.
    merge: !0,
    strict: !0,
    // The core reports through problems, never through process warnings.
    logLevel: "error"
  });
}

// core/manifest/set-own-property.ts
function isPlainRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function setOwnProperty(target, name, value) {
  if (name !== "__proto__") {
    target[name] = value;
    return;
  }
  Object.defineProperty(target, name, {
    value,
    enumerable: !0,
    writable: !0,
    configurable: !0
  });
}

// core/manifest/load-manifest.ts
function loadManifest(file, content) {
  let text = decodeManifestText(file, content), at = positionInText(text), batched = loadInBatches(file, text, at);
  return batched.loaded ?? loadWhole(file, text, at, batched.whole);
}
function loadWhole(file, text, at, read = readYamlDocuments(text)) {
  if (!read.ok) throw scanRefusal(file, at, read.problems);
  let { document: first, data } = checkManifestDocument(file, text, read.documents, at), find = createNodeLocator(first);
  return {
    file,
    data,
    locate: (path) => at(find(path, "value")),
    locateKey: (path) => at(find(path, "key")),
    originOf: (path) => {
      let mergeKey;
      return find(path, "value", (offset) => {
        mergeKey ??= offset;
      }), mergeKey === void 0 ? void 0 : `merged by \`<<:\` on line ${at(mergeKey).line}`;
    }
  };
}
function loadInBatches(file, text, at) {
  let taken = /* @__PURE__ */ new Map(), values = 0, read;
  try {
    read = readYamlDocuments(text, (batch) => {
      let structure2 = inspectYamlStructure(batch, text), keys = (0, import_yaml7.isMap)(batch.contents) ? batch.contents.get("keys", !0) : void 0;
      if (batch.errors.length > 0 || batch.warnings.length > 0 || structure2.problems.length > 0 || structure2.duplicates.size > 0 || !(0, import_yaml7.isMap)(keys))
        throw new NotPlain();
      let data2 = batch.toJS({ maxAliasCount: MAX_YAML_ALIASES }), written = isPlainRecord(data2) && isPlainRecord(data2.keys) ? data2.keys : void 0;
      if (written === void 0) throw new NotPlain();
      values += structure2.values - 3;
      for (let pair of keys.items) {
        let key = pair.key, name = (0, import_yaml7.isScalar)(key) ? yamlKeyName(key) : void 0, keyOffset = (0, import_yaml7.isScalar)(key) ? key.range?.[0] : void 0;
        if (name === void 0 || keyOffset === void 0 || taken.has(name)) throw new NotPlain();
        let positions = indexNodePositions(pair.value);
        taken.set(name, { name, value: written[name], keyOffset, positions });
      }
    });
  } catch (error) {
    if (error instanceof NotPlain) return {};
    throw error;
  }
  if (!read.ok) throw scanRefusal(file, at, read.problems);
  if (taken.size === 0) return { whole: read };
  let checked;
  try {
    checked = checkManifestDocument(file, text, read.documents, at);
  } catch (error) {
    if (error instanceof ManifestError) return {};
    throw error;
  }
  let { document, data, structure } = checked, merged = mergeTakenKeys(document, data, taken);
  if (merged === void 0 || taken.size + Object.keys(merged.rest).length > MAX_MANIFEST_KEYS || values + structure.values > MAX_YAML_NODES || values + structure.expandedValues > MAX_YAML_NODES)
    return {};
  let find = createNodeLocator(document), findAny = (path, want, onMerge) => {
    let entry = path[0] === "keys" && path.length >= 2 ? taken.get(String(path[1])) : void 0;
    return entry === void 0 ? find(path, want, onMerge) : path.length === 2 && want === "key" ? entry.keyOffset : entry.positions.find(path.slice(2), want, entry.positions.offset ?? entry.keyOffset);
  };
  return { loaded: {
    file,
    data: merged.data,
    locate: (path) => at(findAny(path, "value")),
    locateKey: (path) => at(findAny(path, "key")),
    originOf: (path) => {
      let mergeKey;
      return findAny(path, "value", (offset) => {
        mergeKey ??= offset;
      }), mergeKey === void 0 ? void 0 : `merged by \`<<:\` on line ${at(mergeKey).line}`;
    }
  } };
}
function mergeTakenKeys(document, data, taken) {
  let keysNode = (0, import_yaml7.isMap)(document.contents) ? document.contents.get("keys", !0) : void 0;
  if (!isPlainRecord(data) || !(0, import_yaml7.isMap)(keysNode) || !isPlainRecord(data.keys)) return;
  let rest = data.keys, entries = [];
  for (let pair of keysNode.items) {
    let key = pair.key;
    if (!(0, import_yaml7.isScalar)(key) || isMergeKey(key) || key.range === void 0 || key.range === null)
      return;
    let name = yamlKeyName(key);
    if (taken.has(name)) return;
    entries.push({ offset: key.range[0], name, value: rest[name] });
  }
  if (entries.length !== Object.keys(rest).length) return;
  for (let entry of taken.values())
    entries.push({ offset: entry.keyOffset, name: entry.name, value: entry.value });
  entries.sort((a, b) => a.offset - b.offset);
  let keys = {};
  for (let { name, value } of entries) setOwnProperty(keys, name, value);
  let merged = {};
  for (let [name, value] of Object.entries(data))
    setOwnProperty(merged, name, name === "keys" ? keys : value);
  return { data: merged, rest };
}
var NotPlain = class extends Error {
};
function scanRefusal(file, at, problems) {
  return new ManifestError(
    problems.map((found) => ({
      message: found.message,
      file,
      ...at(found.offset),
      path: "",
      hint: found.hint
    }))
  );
}

// core/manifest/substitute-each.ts
var OPENING = "${each.";
function hasPlaceholder(text) {
  return text.includes(OPENING);
}
function substituteEach(text, each) {
  let out = "", from = 0;
  for (; ; ) {
    let start = text.indexOf(OPENING, from);
    if (start < 0) break;
    let end = text.indexOf("}", start + OPENING.length), name = end < 0 ? void 0 : text.slice(start + OPENING.length, end);
    if (name !== "key" && name !== "value")
      return { ok: !1, placeholder: text.slice(start, end < 0 ? start + 24 : Math.min(end + 1, start + 40)) };
    out += text.slice(from, start) + each[name], from = end + 1;
  }
  return { ok: !0, text: out + text.slice(from) };
}

// core/manifest/takes-placeholders.ts
var PLACEHOLDER_FIELDS = /* @__PURE__ */ new Set([
  "description",
  "service",
  "compliance",
  "environment",
  "moved_from"
]), PLACEHOLDER_LISTS = /* @__PURE__ */ new Set(["aliases"]), PLACEHOLDER_MAPS = /* @__PURE__ */ new Set(["tags"]);
function takesPlaceholders(path) {
  let [field, inner, ...rest] = path;
  return typeof field != "string" || rest.length > 0 ? !1 : inner === void 0 ? PLACEHOLDER_FIELDS.has(field) : typeof inner == "number" ? PLACEHOLDER_LISTS.has(field) : PLACEHOLDER_MAPS.has(field);
}

// core/manifest/find-misplaced-placeholder.ts
var MAX_REPLACED_LENGTH = 8192;
function findMisplacedPlaceholder(body, sample, maxEach, measured) {
  let visit = (node, path) => {
    if (typeof node == "string") {
      if (!hasPlaceholder(node)) return;
      if (!takesPlaceholders(path))
        return {
          path,
          message: `\`${showPath(path)}\` holds a placeholder, which is not replaced there`
        };
      let checked = substituteEach(node, sample);
      if (!checked.ok) return { path, message: `\`${checked.placeholder}\` is not a placeholder` };
      let longest = node.length + countPlaceholders(node) * maxEach;
      if (longest > MAX_REPLACED_LENGTH)
        return {
          path,
          message: `\`${showPath(path)}\` may be ${longest} characters long once its placeholders are replaced, over the limit of ${MAX_REPLACED_LENGTH}`
        };
      measured.chars += longest;
      return;
    }
    if (Array.isArray(node))
      for (let [index, item] of node.entries()) {
        let found = visit(item, [...path, index]);
        if (found !== void 0) return found;
      }
    else if (isPlainRecord(node))
      for (let [name, item] of Object.entries(node)) {
        if (hasPlaceholder(name))
          return {
            path: [...path, name],
            message: `the field name \`${name}\` holds a placeholder, which is not replaced there`
          };
        let found = visit(item, [...path, name]);
        if (found !== void 0) return found;
      }
  };
  return visit(body, []);
}
function showPath(path) {
  return path.map(
    (segment, index) => typeof segment == "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`
  ).join("");
}
function countPlaceholders(text) {
  let count = 0;
  for (let at = text.indexOf("${each."); at >= 0; at = text.indexOf("${each.", at + 1)) count += 1;
  return count;
}

// core/manifest/instantiate-template-body.ts
function instantiateTemplateBody(node, each, path = []) {
  if (typeof node == "string") {
    if (!takesPlaceholders(path)) return node;
    let replaced = substituteEach(node, each);
    return replaced.ok ? replaced.text : node;
  }
  if (Array.isArray(node))
    return node.map((item, index) => instantiateTemplateBody(item, each, [...path, index]));
  if (isPlainRecord(node)) {
    let copy = {};
    for (let [name, item] of Object.entries(node))
      setOwnProperty(copy, name, instantiateTemplateBody(item, each, [...path, name]));
    return copy;
  }
  return node;
}

// core/manifest/expand-key-templates.ts
var KEY_NAME = new RegExp(kms_schema_default.properties.keys.propertyNames.pattern, "u"), KEY_NAME_MAX = kms_schema_default.properties.keys.propertyNames.maxLength, ENTRY_NAME = new RegExp(
  kms_schema_default.properties.key_templates.additionalProperties.properties.for_each.items.pattern,
  "u"
), ENTRY_VALUE_MAX = kms_schema_default.properties.key_templates.additionalProperties.properties.for_each.additionalProperties.maxLength, ENTRY_NAME_MAX = kms_schema_default.properties.key_templates.additionalProperties.properties.for_each.items.maxLength, WHERE_PLACEHOLDERS = "placeholders are replaced only in `name` and in the key's `description`, `aliases`, `service`, `compliance`, `environment`, `moved_from` and tag values", MAX_GENERATED_CHARACTERS = 8 * 1048576, MAX_TEMPLATE_POSITIONS = 1e4;
function expandKeyTemplates(loaded) {
  let data = loaded.data;
  if (!isPlainRecord(data) || !isPlainRecord(data.key_templates)) return loaded;
  let written = data.keys ?? {};
  if (!isPlainRecord(written)) return loaded;
  let problems = [], report = (path, message, hint) => {
    problems.push({
      message,
      file: loaded.file,
      ...loaded.locate(path),
      path: toJsonPointer(path),
      hint
    });
  }, templates = Object.entries(data.key_templates).flatMap(([name, value]) => {
    let template = readTemplate(name, value);
    return template === void 0 ? [] : [template];
  }), keyCount = Object.keys(written).length, valueCount = 0;
  for (let template of templates) {
    let before = keyCount;
    if (keyCount += template.entries.length, keyCount > MAX_MANIFEST_KEYS)
      throw report(
        ["key_templates", template.name, "for_each"],
        `\`key_templates.${template.name}\` declares ${template.entries.length} keys, which with the ${before} keys before it is over the limit of ${MAX_MANIFEST_KEYS} keys per manifest`,
        "split the keys across several manifests, e.g. one per account or team"
      ), new ManifestError(problems);
    let bodyValues = countValues(template.body), generatedValues = template.entries.length * (bodyValues + 1);
    if (valueCount += generatedValues, valueCount > MAX_YAML_NODES)
      throw report(
        ["key_templates", template.name, "key"],
        `\`key_templates.${template.name}\` would generate ${generatedValues} values (${template.entries.length} keys of ${bodyValues} values each)${valueCount > generatedValues ? ", which with the templates before it is" : ","} over the limit of ${MAX_YAML_NODES}`,
        "move shared fields to `defaults:`, or split the keys across several manifests"
      ), new ManifestError(problems);
  }
  let keys = {};
  for (let [name, value] of Object.entries(written)) setOwnProperty(keys, name, value);
  let origins = /* @__PURE__ */ new Map(), entryOf = /* @__PURE__ */ new Map(), generatedCharacters = 0;
  for (let template of templates) {
    let at = (...rest) => [
      "key_templates",
      template.name,
      ...rest
    ], sample = template.entries[0] ?? { key: "", value: "" }, maxEach = template.entries.reduce(
      (longest, each) => Math.max(longest, each.key.length, each.value.length),
      0
    ), measured = {
      chars: template.nameText.length + countPlaceholders(template.nameText) * maxEach
    }, misplaced = findMisplacedPlaceholder(template.body, sample, maxEach, measured);
    if (misplaced !== void 0) {
      report(at("key", ...misplaced.path), misplaced.message, WHERE_PLACEHOLDERS);
      continue;
    }
    if (generatedCharacters += template.entries.length * measured.chars, generatedCharacters > MAX_GENERATED_CHARACTERS) {
      report(
        at("key"),
        `\`key_templates.${template.name}\` could generate ${template.entries.length * measured.chars} characters of text (${template.entries.length} keys of up to ${measured.chars} each), which with the templates before it is over the limit of ${MAX_GENERATED_CHARACTERS}`,
        "use fewer placeholders, shorter `for_each` values, or split the keys across several manifests"
      );
      continue;
    }
    let nameCheck = substituteEach(template.nameText, sample);
    if (!nameCheck.ok) {
      report(
        at("name"),
        `\`${nameCheck.placeholder}\` is not a placeholder`,
        "write `${each.key}` or `${each.value}`"
      );
      continue;
    }
    for (let each of template.entries) {
      let generated = substituteEach(template.nameText, each), name = generated.ok ? generated.text : "", entry = `for the \`for_each\` entry \`${each.key}\``;
      if (!KEY_NAME.test(name) || name.length > KEY_NAME_MAX) {
        report(
          at("name"),
          `\`key_templates.${template.name}.name\` gives ${JSON.stringify(name.slice(0, 140))} ${entry}, which is not a valid key name`,
          `key names start with a letter or digit and contain only letters, digits, \`_\`, \`.\` and \`-\`, at most ${KEY_NAME_MAX} characters`
        );
        continue;
      }
      let takenBy = Object.hasOwn(written, name) ? `\`keys\` (line ${loaded.locateKey(["keys", name]).line})` : origins.has(name) ? `\`key_templates.${origins.get(name) ?? ""}\`` : void 0;
      if (takenBy !== void 0) {
        report(
          at("name"),
          `\`key_templates.${template.name}\` generates the key \`${name}\` ${entry}, which ${takenBy} already declares`,
          "a key name identifies one key: rename the written key, or change the template name or its entries"
        );
        continue;
      }
      origins.set(name, template.name), entryOf.set(name, each.key), setOwnProperty(keys, name, instantiateTemplateBody(template.body, each));
    }
  }
  if (problems.length > 0)
    throw new ManifestError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  if (origins.size === 0) return loaded;
  let expanded = {};
  for (let [name, value] of Object.entries(data)) setOwnProperty(expanded, name, value);
  setOwnProperty(expanded, "keys", keys);
  let mapped = (path, want) => {
    let template = path[0] === "keys" ? origins.get(String(path[1])) : void 0;
    if (template !== void 0)
      return path.length === 2 && want === "key" ? ["key_templates", template, "name"] : ["key_templates", template, "key", ...path.slice(2)];
  }, positions = /* @__PURE__ */ new Map(), locateInTemplate = (target, want) => {
    let id = `${want}${JSON.stringify(target)}`, seen = positions.get(id);
    if (seen !== void 0) return { ...seen };
    let position = want === "key" ? loaded.locateKey(target) : loaded.locate(target);
    return positions.size < MAX_TEMPLATE_POSITIONS && positions.set(id, { ...position }), position;
  };
  return {
    file: loaded.file,
    data: expanded,
    locate: (path) => {
      let target = mapped(path, "value");
      return target === void 0 ? loaded.locate(path) : locateInTemplate(target, "value");
    },
    originOf: (path) => {
      let template = path[0] === "keys" ? origins.get(String(path[1])) : void 0, merged = loaded.originOf?.(mapped(path, "value") ?? path);
      if (template === void 0) return merged;
      let entry = `from \`key_templates.${template}\`, entry \`${entryOf.get(String(path[1])) ?? ""}\``;
      return merged === void 0 ? entry : `${entry}, ${merged}`;
    },
    locateKey: (path) => {
      let target = mapped(path, "key");
      return target === void 0 ? loaded.locateKey(path) : locateInTemplate(
        target,
        target.at(-1) === "name" && target.length === 3 ? "value" : "key"
      );
    }
  };
}
function readTemplate(name, value) {
  if (!isPlainRecord(value)) return;
  let { for_each: forEach, name: nameText, key: body } = value;
  if (typeof nameText != "string" || nameText.length > KEY_NAME_MAX || !nameText.includes("${each.key}") || !isPlainRecord(body))
    return;
  let entries = [];
  if (Array.isArray(forEach))
    for (let item of forEach) {
      if (!isEntryName(item)) return;
      entries.push({ key: item, value: item });
    }
  else if (isPlainRecord(forEach))
    for (let [key, item] of Object.entries(forEach)) {
      if (!isEntryName(key) || typeof item != "string" || item.length > ENTRY_VALUE_MAX)
        return;
      entries.push({ key, value: item });
    }
  else
    return;
  if (entries.length !== 0)
    return { name, entries, nameText, body };
}
function isEntryName(value) {
  return typeof value == "string" && value.length <= ENTRY_NAME_MAX && ENTRY_NAME.test(value);
}
function countValues(node) {
  return Array.isArray(node) ? node.reduce((sum, item) => sum + countValues(item), 1) : isPlainRecord(node) ? Object.values(node).reduce((sum, item) => sum + 1 + countValues(item), 1) : 1;
}

// core/manifest/check-key-spec.ts
var REFERENCE = 'see "Key spec reference" in the AWS KMS Developer Guide';
function checkKeySpec(choice, report) {
  let { keySpec, keyUsage, region } = choice, usages = KEY_SPEC_USAGES[keySpec];
  if (usages === void 0) return;
  let china = region.startsWith("cn-");
  if (keySpec === "SM2" && !china && report(
    "key_spec",
    `key_spec SM2 is offered only in the China Regions, not in ${region}`,
    `use an RSA or ECC_NIST key spec in ${region}, or create the key in cn-north-1 or cn-northwest-1; ${REFERENCE}`
  ), keySpec.startsWith("ML_KEM_")) {
    report(
      "key_spec",
      `key_spec ${keySpec} (ML-KEM) is not supported by kms-action yet: it cannot check policies for kms:Encapsulate and kms:Decapsulate`,
      china ? "ML-KEM keys are not offered in the China Regions either; manage this key outside kms-action" : "manage this key outside kms-action for now"
    );
    return;
  }
  if (keySpec !== SYMMETRIC_DEFAULT && !choice.usageWritten) {
    report(
      "key_spec",
      `key_spec ${keySpec} needs a key_usage: it is not a symmetric encryption key`,
      `add \`key_usage: ${usages[0] ?? ""}\`${usages.length > 1 ? ` (or ${usages.slice(1).join(", ")})` : ""}; ${REFERENCE}`
    );
    return;
  }
  usages.includes(keyUsage) || report(
    "key_usage",
    `key_usage ${keyUsage} is not possible with key_spec ${keySpec}`,
    `${keySpec} keys take key_usage ${usages.join(" or ")}; ${REFERENCE}`
  );
}

// core/manifest/check-moved-from.ts
function checkMovedFrom(keys, report) {
  let claimedBy = /* @__PURE__ */ new Map();
  for (let [name, input] of Object.entries(keys)) {
    let old = input.moved_from;
    if (old === void 0) continue;
    let at = ["keys", name, "moved_from"];
    if (input.adopt !== void 0) {
      report(
        at,
        `key \`${name}\` has both \`adopt\` and \`moved_from\`: an adopted key is found by its ARN, not by its name`,
        "remove `moved_from`: renaming an adopted key needs nothing more than the new name"
      );
      continue;
    }
    if (old === name) {
      report(
        at,
        `key \`${name}\` has \`moved_from: ${old}\`, its own name`,
        "remove `moved_from`, or set it to the name the key had before"
      );
      continue;
    }
    if (Object.hasOwn(keys, old)) {
      let chained = keys[old]?.moved_from;
      report(
        at,
        `key \`${name}\` has \`moved_from: ${old}\`, but \`${old}\` is still a key of this manifest${chained === void 0 ? "" : ` (itself moved from \`${chained}\`)`}`,
        chained === void 0 ? `remove the entry \`${old}\` (its settings now live under \`${name}\`), or remove \`moved_from\` if \`${name}\` is a new key` : "renames do not chain: apply one rename, remove its `moved_from`, then rename again"
      );
      continue;
    }
    let previous = claimedBy.get(old);
    if (previous !== void 0) {
      report(
        at,
        `keys \`${previous}\` and \`${name}\` both have \`moved_from: ${old}\``,
        "one live key can take one new name: keep `moved_from` on one of them"
      );
      continue;
    }
    claimedBy.set(old, name);
  }
}

// core/manifest/create-name-resolvers.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var ARN_PRINCIPAL = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/, ACCOUNT_ID = /^[0-9]{12}$/;
function createNameResolvers(accounts, principals, report) {
  return { resolveAccount: (ref, path) => {
    let named = Object.hasOwn(accounts, ref) ? accounts[ref] : void 0;
    if (named !== void 0) return named;
    if (ACCOUNT_ID.test(ref)) return ref;
    report(
      path,
      `unknown account \`${ref}\``,
      suggest(ref, Object.keys(accounts), "accounts", "a 12-digit account id")
    );
  }, resolvePrincipal: (ref, path, allowService = !1) => {
    let named = Object.hasOwn(principals, ref) ? principals[ref] : void 0, service = named ?? ref;
    if (isServicePrincipal(service)) {
      if (allowService) return service;
      report(
        path,
        `\`${ref}\` is the AWS service principal ${service}: a service is not a key administrator, user or cross-account principal`,
        "name the service under `policy.services:` (it gets the statement its AWS documentation gives, scoped to your account); a service principal may be the grantee of a declared grant"
      );
      return;
    }
    if (named !== void 0) return named;
    if (ref.startsWith("arn:")) {
      if (ARN_PRINCIPAL.test(ref)) return ref;
      report(
        path,
        `\`${ref}\` is not an IAM role, user or account root ARN`,
        "use `arn:aws:iam::<account>:role/<name>`, `...:user/<name>` or `...:root`"
      );
      return;
    }
    report(
      path,
      `unknown principal \`${ref}\``,
      suggest(ref, Object.keys(principals), "principals", "an IAM ARN")
    );
  }, resolveActions: (actions, path) => actions.flatMap((action, index) => {
    let canonical = canonicalKmsAction(action);
    return canonical === void 0 ? (report(
      [...path, index],
      `\`${action}\` is not a KMS action`,
      "write the action name, e.g. `Decrypt` or `kms:Decrypt`; wildcards are not allowed here"
    ), []) : [canonical];
  }) };
}
function suggest(ref, names, section, alternative) {
  if (names.length > 0) {
    let candidate = (0, import_fastest_levenshtein.closest)(ref, [...names]);
    if ((0, import_fastest_levenshtein.distance)(ref.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(candidate.length / 3)))
      return `did you mean \`${candidate}\`?`;
  }
  return `declare \`${ref}\` under \`${section}:\`, or use ${alternative}`;
}

// core/manifest/resolve-grants.ts
function resolveGrants(grants, { key, usage, at, resolvePrincipal, report }) {
  let names = /* @__PURE__ */ new Set();
  for (let [index, grant] of grants.entries())
    names.has(grant.name) && report(
      at("grants", index, "name"),
      `grant name \`${grant.name}\` is used twice on key \`${key}\``,
      "grant names identify grants across runs: make them unique"
    ), names.add(grant.name), grant.operations.forEach((operation, position) => {
      isForeignCryptoAction(`kms:${operation}`, usage) && report(
        at("grants", index, "operations", position),
        `grant operation \`${operation}\` is not possible with key \`${key}\` (a ${usage.kind} key)`,
        `its users' operations are ${usage.userActions.map((action) => action.replace(/^kms:/, "")).join(", ")}`
      );
    }), usage.contextActions.length === 0 && (grant.encryption_context_subset !== void 0 || grant.encryption_context_equals !== void 0) && report(
      at(
        "grants",
        index,
        grant.encryption_context_subset === void 0 ? "encryption_context_equals" : "encryption_context_subset"
      ),
      `grant \`${grant.name}\` constrains the encryption context, but key \`${key}\` (a ${usage.kind} key) takes none`,
      "remove the encryption-context constraint: only symmetric encryption operations take an encryption context"
    );
  return grants.flatMap((grant, index) => {
    let granteePrincipal = resolvePrincipal(grant.grantee, at("grants", index, "grantee"), !0), retiringPrincipal = grant.retiring_principal === void 0 ? void 0 : resolvePrincipal(
      grant.retiring_principal,
      at("grants", index, "retiring_principal"),
      !0
    );
    return granteePrincipal === void 0 ? [] : checkServiceGrant(grant, granteePrincipal, retiringPrincipal, (field, message, hint) => {
      report(at("grants", index, field), message, hint);
    }) ? [
      {
        name: grant.name,
        granteePrincipal,
        operations: [...grant.operations].sort(),
        ...retiringPrincipal === void 0 ? {} : { retiringPrincipal },
        ...grant.encryption_context_subset === void 0 ? {} : { encryptionContextSubset: grant.encryption_context_subset },
        ...grant.encryption_context_equals === void 0 ? {} : { encryptionContextEquals: grant.encryption_context_equals },
        ...grant.source_arn === void 0 ? {} : { sourceArn: grant.source_arn }
      }
    ] : [];
  });
}
function checkServiceGrant(grant, grantee, retiring, report) {
  if (!isServicePrincipal(grantee))
    return grant.source_arn === void 0 ? !0 : (report(
      "source_arn",
      `\`source_arn\` applies to grants to a service principal, and grant \`${grant.name}\` is to ${grantee}`,
      "remove `source_arn`, or make the grantee a service principal"
    ), !1);
  let ok = !0;
  return grant.source_arn === void 0 && (report(
    "grantee",
    `grant \`${grant.name}\` is to the service principal ${grantee}, which KMS allows only with a SourceArn constraint`,
    "add `source_arn: <ARN of the resource the service uses the key for>` to the grant"
  ), ok = !1), retiring === void 0 && grant.retiring_principal === void 0 && (report(
    "grantee",
    `grant \`${grant.name}\` is to the service principal ${grantee}, which KMS allows only with a retiring principal`,
    "add `retiring_principal:` (a role of your account, or the service principal itself)"
  ), ok = !1), ok;
}

// core/manifest/resolve-keep-grants.ts
var KEEP_GRANTEE_ARN = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@:/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@:/-]{1,512})$/;
function resolveKeepGrants(defaults, own, keyPath, { principals, report }) {
  let resolve = (entries, source, at) => entries.flatMap((entry, index) => {
    let grantee = (Object.hasOwn(principals, entry.grantee) ? principals[entry.grantee] : void 0) ?? entry.grantee;
    return isServicePrincipal(grantee) || KEEP_GRANTEE_ARN.test(grantee) ? [{ grantee, reason: entry.reason, source }] : (report(
      [...at, index, "grantee"],
      `keep_grants grantee \`${entry.grantee}\` is neither a name from \`principals\`, an AWS service principal nor an IAM principal ARN`,
      "write the grantee exactly as ListGrants shows it, e.g. `dynamodb.us-east-1.amazonaws.com` or `arn:aws:iam::111122223333:role/aws:ec2-infrastructure` (a role also keeps the grants to its sessions)"
    ), []);
  });
  return [
    ...resolve(defaults, "defaults", ["defaults", "keep_grants"]),
    ...resolve(own, "key", [...keyPath, "keep_grants"])
  ];
}

// core/manifest/resolve-key-placement.ts
var KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/;
function resolveKeyPlacement(name, input, defaults, { at, adoptedBy, resolveAccount, report }) {
  let adopted = input.adopt === void 0 ? void 0 : KEY_ARN.exec(input.adopt), account, region, partition = "aws";
  if (adopted && input.adopt !== void 0) {
    partition = adopted[1] ?? "aws", region = adopted[2] ?? "", account = adopted[3];
    let regionPartition = partitionOf({ region });
    partition !== regionPartition && report(
      at("adopt"),
      `\`adopt\` names partition \`${partition}\`, but Region ${region} is in partition \`${regionPartition}\`: no key has this ARN`,
      `copy the key's ARN from \`aws kms describe-key\` (its Region's partition is \`${regionPartition}\`)`
    );
    let identity = `${String(account)}/${region}/${adopted[4] ?? ""}`, previous = adoptedBy.get(identity);
    if (previous !== void 0 ? report(
      at("adopt"),
      `key \`${name}\` adopts the same key as \`${previous}\``,
      "a live key can be managed by one entry only: remove one of the two"
    ) : adoptedBy.set(identity, name), input.account !== void 0) {
      let declared = resolveAccount(input.account, at("account"));
      declared !== void 0 && declared !== account && report(
        at("account"),
        `account \`${input.account}\` (${declared}) differs from the adopted key's account ${String(account)}`,
        "remove `account:`: an adopted key's account comes from its ARN"
      );
    }
    input.region !== void 0 && input.region !== region && report(
      at("region"),
      `region \`${input.region}\` differs from the adopted key's Region ${region}`,
      "remove `region:`: an adopted key's Region comes from its ARN"
    );
  } else {
    let accountRef = input.account ?? defaults.account;
    accountRef === void 0 ? report(
      at(),
      `key \`${name}\` has no account`,
      "set `account:` on the key or in `defaults:`",
      "key"
    ) : account = resolveAccount(
      accountRef,
      input.account === void 0 ? ["defaults", "account"] : at("account")
    ), region = input.region ?? defaults.region, region === void 0 && report(
      at(),
      `key \`${name}\` has no region`,
      "set `region:` on the key or in `defaults:`",
      "key"
    );
  }
  if (!(account === void 0 || region === void 0))
    return { account, region, partition };
}

// core/policy/dns-suffix-of.ts
var DNS_SUFFIXES = {
  aws: "amazonaws.com",
  "aws-cn": "amazonaws.com.cn",
  "aws-us-gov": "amazonaws.com",
  "aws-iso": "c2s.ic.gov",
  "aws-iso-b": "sc2s.sgov.gov"
};
function dnsSuffixOf(partition) {
  return DNS_SUFFIXES[partition] ?? "amazonaws.com";
}

// core/policy/sorted-unique.ts
function sortedUnique(values) {
  return [...new Set(values)].sort();
}

// core/policy/build-consumer-scope.ts
function buildConsumerScope(intent, region, partition) {
  return {
    viaService: viaServiceCondition(intent.viaService, region, partition),
    encryptionContext: encryptionContextCondition(intent.encryptionContext)
  };
}
function viaServiceCondition(services, region, partition) {
  if (services.length === 0) return;
  let suffix = dnsSuffixOf(partition), endpoints = sortedUnique(
    services.map((service) => service.includes(".") ? service : `${service}.${region}.${suffix}`)
  );
  return {
    StringEquals: {
      "kms:ViaService": endpoints.length === 1 ? endpoints[0] : endpoints
    }
  };
}
function encryptionContextCondition(context) {
  let entries = Object.entries(context).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length !== 0)
    return {
      StringEquals: Object.fromEntries(
        entries.map(([name, value]) => [`kms:EncryptionContext:${name}`, value])
      )
    };
}

// core/policy/with-condition.ts
function withCondition(statement, ...blocks) {
  let condition = {};
  for (let block of blocks)
    if (block !== void 0)
      for (let [operator, values] of Object.entries(block))
        condition[operator] = { ...condition[operator], ...values };
  return Object.keys(condition).length === 0 ? statement : { ...statement, Condition: condition };
}

// core/policy/generate-cross-account-statements.ts
var ACTIONS_WITH_ENCRYPTION_CONTEXT = new Set(
  kms_iam_data_default.actions.filter(
    (action) => action.conditionKeys.includes("kms:EncryptionContext:${EncryptionContextKey}")
  ).map((action) => `kms:${action.name}`.toLowerCase())
);
function generateCrossAccountStatements(entries, encryptionContext) {
  let statements = [], sids = /* @__PURE__ */ new Set();
  for (let [principal, actions] of groupCrossAccount(entries)) {
    let crypto = actions.filter(
      (action) => ACTIONS_WITH_ENCRYPTION_CONTEXT.has(action.toLowerCase())
    ), other = actions.filter(
      (action) => !ACTIONS_WITH_ENCRYPTION_CONTEXT.has(action.toLowerCase())
    ), sid = uniqueSid(`CrossAccount${statementIdPart(principal)}`, sids);
    crypto.length > 0 && statements.push(
      withCondition(
        {
          Sid: `${sid}Cryptography`,
          Effect: "Allow",
          Principal: { AWS: principal },
          Action: crypto,
          Resource: "*"
        },
        encryptionContext
      )
    ), other.length > 0 && statements.push({
      Sid: sid,
      Effect: "Allow",
      Principal: { AWS: principal },
      Action: other,
      Resource: "*"
    });
  }
  return statements;
}
function groupCrossAccount(entries) {
  let byPrincipal = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    let actions = byPrincipal.get(entry.principal) ?? /* @__PURE__ */ new Set();
    for (let action of entry.actions) actions.add(action);
    byPrincipal.set(entry.principal, actions);
  }
  return [...byPrincipal.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([principal, actions]) => [principal, sortedUnique([...actions])]);
}
function statementIdPart(arn) {
  let match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):(.*)$/.exec(arn), account = match?.[1] ?? "", resource = (match?.[2] ?? arn).split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
  return `${account}${resource}`;
}
function uniqueSid(candidate, taken) {
  let sid = candidate;
  for (let counter = 2; taken.has(sid); counter += 1) sid = `${candidate}${counter}`;
  return taken.add(sid), sid;
}

// core/policy/generate-key-user-statements.ts
var KEY_USER_GRANT_ACTIONS = ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"];
function generateKeyUserStatements(principals, usage, scope) {
  if (principals.length === 0) return [];
  let { viaService, encryptionContext } = scope, users = { AWS: sortedUnique(principals) }, statements = [
    withCondition(
      {
        Sid: "KeyUsersCryptography",
        Effect: "Allow",
        Principal: users,
        Action: [...usage.userActions],
        Resource: "*"
      },
      viaService,
      encryptionContext
    ),
    withCondition(
      {
        Sid: "KeyUsersDescribeKey",
        Effect: "Allow",
        Principal: users,
        Action: "kms:DescribeKey",
        Resource: "*"
      },
      viaService
    )
  ];
  return usage.awsServices && statements.push(
    withCondition(
      {
        Sid: "KeyUsersGrantsForAwsResources",
        Effect: "Allow",
        Principal: users,
        Action: KEY_USER_GRANT_ACTIONS,
        Resource: "*"
      },
      viaService,
      { Bool: { "kms:GrantIsForAWSResource": "true" } }
    )
  ), statements;
}

// core/policy/generate-consumer-statements.ts
function generateConsumerStatements(consumer, usage, scope) {
  let chosen = consumer.actions === void 0 ? void 0 : new Set(consumer.actions), has = (action) => chosen === void 0 || chosen.has(action), grants = usage.awsServices ? USER_GRANT_ACTIONS.filter(has) : [], cryptography = chosen === void 0 ? [...usage.userActions] : [...chosen].filter((action) => action !== "kms:DescribeKey" && !grants.includes(action)).sort(), base = { Effect: "Allow", Principal: consumer.principal, Resource: "*" }, statements = [];
  return cryptography.length > 0 && statements.push(
    withCondition(
      { Sid: `${consumer.sid}Cryptography`, ...base, Action: cryptography },
      scope.viaService,
      scope.encryptionContext,
      consumer.condition
    )
  ), has("kms:DescribeKey") && statements.push(
    withCondition(
      { Sid: `${consumer.sid}DescribeKey`, ...base, Action: "kms:DescribeKey" },
      scope.viaService,
      consumer.condition
    )
  ), grants.length > 0 && statements.push(
    withCondition(
      { Sid: `${consumer.sid}GrantsForAwsResources`, ...base, Action: grants },
      scope.viaService,
      { Bool: { "kms:GrantIsForAWSResource": "true" } },
      consumer.condition
    )
  ), statements;
}

// core/policy/generate-organization-statements.ts
function generateOrganizationStatements(organization, usage, scope, admins = []) {
  let members = organizationCondition(organization);
  if (organization === void 0 || members === void 0) return [];
  let administrators = [...new Set(admins)].sort(), condition = administrators.length === 0 ? members : {
    ...members,
    ArnNotEquals: {
      "aws:PrincipalArn": administrators.length === 1 ? administrators[0] : administrators
    }
  };
  return generateConsumerStatements(
    {
      sid: "Organization",
      principal: { AWS: "*" },
      ...organization.actions === void 0 ? {} : { actions: organization.actions },
      condition
    },
    usage,
    scope
  );
}
function organizationCondition(organization) {
  let paths = [...new Set(organization?.paths ?? [])].sort();
  if (paths.length > 0) {
    let values = paths.map((path) => `${path}*`);
    return {
      "ForAnyValue:StringLike": {
        "aws:PrincipalOrgPaths": values.length === 1 ? values[0] : values
      }
    };
  }
  if (organization?.id !== void 0)
    return { StringEquals: { "aws:PrincipalOrgID": organization.id } };
}

// core/policy/generate-user-group-statements.ts
function generateUserGroupStatements(groups, usage, scope) {
  let byActions = /* @__PURE__ */ new Map();
  for (let group of groups) {
    if (group.principals.length === 0 || group.actions.length === 0) continue;
    let actions = [...new Set(group.actions)].sort(), key = actions.join(","), entry = byActions.get(key) ?? { actions, principals: /* @__PURE__ */ new Set() };
    for (let principal of group.principals) entry.principals.add(principal);
    byActions.set(key, entry);
  }
  return [...byActions.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(
    ([, { actions, principals }]) => generateConsumerStatements(
      {
        sid: `KeyUsersFor${actions.map((action) => action.replace(/^kms:/, "")).join("")}`,
        principal: { AWS: [...principals].sort() },
        actions
      },
      usage,
      scope
    )
  );
}

// core/policy/key-admin-actions.ts
var KEY_ADMIN_ACTIONS = [
  "kms:CancelKeyDeletion",
  "kms:CreateAlias",
  "kms:DeleteAlias",
  "kms:DescribeKey",
  "kms:DisableKey",
  "kms:DisableKeyRotation",
  "kms:EnableKey",
  "kms:EnableKeyRotation",
  "kms:GetKeyPolicy",
  "kms:GetKeyRotationStatus",
  "kms:ListGrants",
  "kms:ListKeyPolicies",
  "kms:ListKeyRotations",
  "kms:ListResourceTags",
  "kms:PutKeyPolicy",
  "kms:RevokeGrant",
  "kms:RotateKeyOnDemand",
  "kms:ScheduleKeyDeletion",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:UpdateAlias",
  "kms:UpdateKeyDescription"
], MULTI_REGION_ADMIN_ACTIONS = ["kms:ReplicateKey", "kms:UpdatePrimaryRegion"], IMPORTED_MATERIAL_ADMIN_ACTIONS = [
  "kms:DeleteImportedKeyMaterial",
  "kms:GetParametersForImport",
  "kms:ImportKeyMaterial"
], ADMIN_ACTIONS_BY_PLACEMENT = /* @__PURE__ */ new Map();
function keyAdminActions(key) {
  let kind = keyUsageActions(key.keySpec, key.keyUsage).kind, multiRegion = key.multiRegion === !0, imported = key.origin === "EXTERNAL", publicKey = !(kind === "symmetric-encryption" || kind === "mac"), id = `${String(multiRegion)} ${String(imported)} ${String(publicKey)}`, actions = ADMIN_ACTIONS_BY_PLACEMENT.get(id);
  return actions === void 0 && (actions = sortedUnique([
    ...KEY_ADMIN_ACTIONS,
    ...multiRegion ? MULTI_REGION_ADMIN_ACTIONS : [],
    ...imported ? IMPORTED_MATERIAL_ADMIN_ACTIONS : [],
    ...publicKey ? ["kms:GetPublicKey"] : []
  ]), ADMIN_ACTIONS_BY_PLACEMENT.set(id, actions)), [...actions];
}

// core/policy/services/autoscaling.ts
var autoscalingStatements = (use, key) => {
  let name = use.roleSuffix === void 0 ? "AWSServiceRoleForAutoScaling" : `AWSServiceRoleForAutoScaling_${use.roleSuffix}`, role = {
    AWS: `arn:${key.partition}:iam::${key.account}:role/aws-service-role/autoscaling.amazonaws.com/${name}`
  };
  return [
    {
      Sid: "ServiceAutoScalingUse",
      Effect: "Allow",
      Principal: role,
      Action: [
        "kms:Decrypt",
        "kms:DescribeKey",
        "kms:Encrypt",
        "kms:GenerateDataKey*",
        "kms:ReEncrypt*"
      ],
      Resource: "*"
    },
    {
      Sid: "ServiceAutoScalingGrants",
      Effect: "Allow",
      Principal: role,
      Action: "kms:CreateGrant",
      Resource: "*",
      Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } }
    }
  ];
};

// core/policy/services/types.ts
var SERVICE_NAMES = [
  "autoscaling",
  "cloudtrail",
  "cloudwatch",
  "config",
  "events",
  "guardduty",
  "logs",
  "route53-dnssec",
  "s3",
  "ses",
  "sns"
];
function oneOrMany(values) {
  return values.length === 1 ? values[0] : [...values];
}

// core/policy/services/cloudtrail.ts
var cloudtrailStatements = (use, key) => {
  let anyTrail = `arn:${key.partition}:cloudtrail:*:${key.account}:trail/*`, source = use.sources.length > 0 ? { StringEquals: { "aws:SourceArn": oneOrMany(use.sources) } } : { ArnLike: { "aws:SourceArn": anyTrail } }, principal = { Service: "cloudtrail.amazonaws.com" };
  return [
    {
      Sid: "ServiceCloudTrailEncrypt",
      Effect: "Allow",
      Principal: principal,
      Action: "kms:GenerateDataKey*",
      Resource: "*",
      Condition: {
        ...source,
        StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": anyTrail }
      }
    },
    {
      Sid: "ServiceCloudTrailDescribeKey",
      Effect: "Allow",
      Principal: principal,
      Action: "kms:DescribeKey",
      Resource: "*",
      Condition: source
    }
  ];
};

// core/policy/services/event-source-statement.ts
function eventSourceStatement(sid, principal, use, key) {
  return {
    Sid: sid,
    Effect: "Allow",
    Principal: { Service: principal },
    Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
    Resource: "*",
    Condition: {
      StringEquals: { "aws:SourceAccount": key.account },
      ...use.sources.length > 0 ? { ArnLike: { "aws:SourceArn": oneOrMany(use.sources) } } : {}
    }
  };
}

// core/policy/services/cloudwatch.ts
var cloudwatchStatements = (use, key) => [
  eventSourceStatement("ServiceCloudWatchAlarms", "cloudwatch.amazonaws.com", use, key)
];

// core/policy/services/config.ts
var configStatements = (_use, key) => [
  {
    Sid: "ServiceConfig",
    Effect: "Allow",
    Principal: { Service: "config.amazonaws.com" },
    Action: ["kms:Decrypt", "kms:GenerateDataKey"],
    Resource: "*",
    Condition: { StringEquals: { "aws:SourceAccount": key.account } }
  }
];

// core/policy/services/events.ts
var eventsStatements = (use, key) => {
  let statement = eventSourceStatement("ServiceEventBridge", "events.amazonaws.com", use, key);
  return [
    statement,
    {
      ...statement,
      Sid: "ServiceEventBridgeDescribeKey",
      Action: "kms:DescribeKey"
    }
  ];
};

// core/policy/services/guardduty.ts
var guarddutyStatements = (use, key) => [
  {
    Sid: "ServiceGuardDuty",
    Effect: "Allow",
    Principal: { Service: "guardduty.amazonaws.com" },
    Action: "kms:GenerateDataKey",
    Resource: "*",
    Condition: {
      StringEquals: {
        "aws:SourceAccount": key.account,
        ...use.sources.length > 0 ? { "aws:SourceArn": oneOrMany(use.sources) } : {}
      }
    }
  }
];

// core/policy/services/logs.ts
var logsStatements = (use, key) => {
  let suffix = key.partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com", logGroups = use.sources.length > 0 ? use.sources : [`arn:${key.partition}:logs:${key.region}:${key.account}:*`];
  return [
    {
      Sid: "ServiceLogs",
      Effect: "Allow",
      Principal: { Service: `logs.${key.region}.${suffix}` },
      Action: [
        "kms:Decrypt*",
        "kms:Describe*",
        "kms:Encrypt*",
        "kms:GenerateDataKey*",
        "kms:ReEncrypt*"
      ],
      Resource: "*",
      Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": oneOrMany(logGroups) } }
    }
  ];
};

// core/policy/services/route53-dnssec.ts
var route53DnssecStatements = (use, key) => {
  let zones = use.sources.length > 0 ? use.sources : [`arn:${key.partition}:route53:::hostedzone/*`], principal = { Service: "dnssec-route53.amazonaws.com" };
  return [
    {
      Sid: "ServiceRoute53Dnssec",
      Effect: "Allow",
      Principal: principal,
      Action: ["kms:DescribeKey", "kms:GetPublicKey", "kms:Sign"],
      Resource: "*",
      Condition: {
        StringEquals: { "aws:SourceAccount": key.account },
        ArnLike: { "aws:SourceArn": oneOrMany(zones) }
      }
    },
    {
      Sid: "ServiceRoute53DnssecGrant",
      Effect: "Allow",
      Principal: principal,
      Action: "kms:CreateGrant",
      Resource: "*",
      Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } }
    }
  ];
};

// core/policy/services/s3.ts
var s3Statements = (use, key) => [
  eventSourceStatement("ServiceS3", "s3.amazonaws.com", use, key)
];

// core/policy/services/ses.ts
var sesStatements = (_use, key) => [
  {
    Sid: "ServiceSes",
    Effect: "Allow",
    Principal: { Service: "ses.amazonaws.com" },
    Action: "kms:GenerateDataKey*",
    Resource: "*",
    Condition: {
      Null: {
        "kms:EncryptionContext:aws:ses:message-id": "false",
        "kms:EncryptionContext:aws:ses:rule-name": "false"
      },
      StringEquals: { "kms:EncryptionContext:aws:ses:source-account": key.account }
    }
  }
];

// core/policy/services/sns.ts
var snsStatements = (use, key) => [
  eventSourceStatement("ServiceSns", "sns.amazonaws.com", use, key)
];

// core/policy/services/generate-service-statements.ts
var GENERATORS = {
  autoscaling: autoscalingStatements,
  cloudtrail: cloudtrailStatements,
  cloudwatch: cloudwatchStatements,
  config: configStatements,
  events: eventsStatements,
  guardduty: guarddutyStatements,
  logs: logsStatements,
  "route53-dnssec": route53DnssecStatements,
  s3: s3Statements,
  ses: sesStatements,
  sns: snsStatements
};
function generateServiceStatements(uses, key) {
  return [...uses].sort((a, b) => a.service.localeCompare(b.service)).flatMap(
    (use) => GENERATORS[use.service]({ ...use, sources: [...new Set(use.sources)].sort() }, key)
  );
}

// core/policy/generate-key-policy.ts
function generateKeyPolicy(intent, key) {
  let partition = key.partition ?? "aws", statements = [
    {
      Sid: "EnableRootAccountBackstop",
      Effect: "Allow",
      Principal: { AWS: `arn:${partition}:iam::${key.account}:root` },
      Action: "kms:*",
      Resource: "*"
    }
  ];
  intent.admins.length > 0 && statements.push({
    Sid: "KeyAdministrators",
    Effect: "Allow",
    Principal: { AWS: sortedUnique(intent.admins) },
    Action: keyAdminActions(key),
    Resource: "*"
  });
  let usage = keyUsageActions(key.keySpec, key.keyUsage), consumerScope = buildConsumerScope(intent, key.region, partition);
  return statements.push(
    ...generateKeyUserStatements(intent.users, usage, consumerScope),
    ...generateUserGroupStatements(intent.userGroups ?? [], usage, consumerScope),
    ...generateOrganizationStatements(intent.organization, usage, consumerScope, intent.admins),
    ...generateCrossAccountStatements(intent.crossAccount, consumerScope.encryptionContext),
    ...generateServiceStatements(intent.services ?? [], {
      account: key.account,
      region: key.region,
      partition
    })
  ), intent.requireMfaFor.length > 0 && statements.push({
    Sid: "DenyWithoutMfa",
    Effect: "Deny",
    Principal: { AWS: "*" },
    Action: sortedUnique(intent.requireMfaFor),
    Resource: "*",
    // IfExists: long-term credentials carry no MFA key at all, and must be denied too.
    Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } }
  }), statements.push(...intent.extraStatements ?? []), { Version: "2012-10-17", Statement: statements };
}

// core/manifest/resolve-services.ts
var SOURCES = {
  autoscaling: {},
  cloudtrail: { field: "trails", namespace: "cloudtrail" },
  cloudwatch: { field: "source_arns", namespace: "cloudwatch" },
  config: {},
  events: { field: "source_arns", namespace: "events" },
  guardduty: { field: "source_arns", namespace: "guardduty" },
  logs: { field: "log_groups", namespace: "logs" },
  "route53-dnssec": { field: "source_arns", namespace: "route53" },
  s3: { field: "source_arns", namespace: "s3" },
  ses: {},
  sns: { field: "source_arns", namespace: "sns" }
}, OPTIONAL_FIELDS = ["trails", "log_groups", "source_arns", "role_suffix"];
function splitArn(arn) {
  let parts = arn.split(":");
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}
function resolveServices(entries, { placement, path, report }) {
  let { account, region } = placement, partition = placement.partition ?? "aws", keySpec = placement.keySpec ?? "SYMMETRIC_DEFAULT", keyUsage = placement.keyUsage ?? "ENCRYPT_DECRYPT", symmetric = keyUsageActions(keySpec, keyUsage).kind === "symmetric-encryption", seen = /* @__PURE__ */ new Set();
  return entries.flatMap((entry, index) => {
    let at = (...rest) => [...path, index, ...rest], service = entry.service, ok = !0;
    seen.has(service) && (report(
      at("service"),
      `service \`${service}\` is listed twice`,
      "list each service once, with all its sources in one entry"
    ), ok = !1), seen.add(service);
    let { field, namespace } = SOURCES[service];
    for (let name of OPTIONAL_FIELDS)
      entry[name] === void 0 || name === field || name === "role_suffix" && service === "autoscaling" || (report(
        at(name),
        `\`${name}\` does not apply to service \`${service}\``,
        field === void 0 ? `remove \`${name}\`: \`${service}\` takes no sources` : `\`${service}\` lists its sources under \`${field}\``
      ), ok = !1);
    service === "route53-dnssec" ? ((keySpec !== "ECC_NIST_P256" || keyUsage !== "SIGN_VERIFY") && (report(
      at("service"),
      `Route 53 DNSSEC signing needs an ECC_NIST_P256 key with key_usage SIGN_VERIFY, got key_spec ${keySpec}, key_usage ${keyUsage}`,
      "set `key_spec: ECC_NIST_P256` and `key_usage: SIGN_VERIFY` on this key (a new key: the spec cannot change after creation)"
    ), ok = !1), region !== "us-east-1" && (report(
      at("service"),
      `Route 53 DNSSEC signing uses keys in us-east-1 only, got a key in ${region}`,
      "declare the DNSSEC key with `region: us-east-1`"
    ), ok = !1)) : symmetric || (report(
      at("service"),
      `service \`${service}\` encrypts with symmetric encryption keys only, got key_spec ${keySpec}, key_usage ${keyUsage}`,
      "use a SYMMETRIC_DEFAULT key for this service"
    ), ok = !1);
    let sources = [];
    return ((field === "trails" ? entry.trails : field === "log_groups" ? entry.log_groups : field === "source_arns" ? entry.source_arns : void 0) ?? []).forEach((value, position) => {
      if (field === "log_groups") {
        sources.push(`arn:${partition}:logs:${region}:${account}:log-group:${value}`);
        return;
      }
      if (field === "trails" && !value.startsWith("arn:")) {
        sources.push(`arn:${partition}:cloudtrail:${region}:${account}:trail/${value}`);
        return;
      }
      let [, arnPartition, arnService, , arnAccount] = splitArn(value), problem = arnPartition !== partition ? `is in partition ${arnPartition ?? ""}, the key in ${partition}` : arnService !== namespace ? `is not a ${namespace ?? ""} resource (its service is \`${arnService ?? ""}\`)` : arnAccount !== "" && arnAccount !== account ? `belongs to account ${arnAccount ?? ""}, not to the key's account ${account}` : void 0;
      if (problem !== void 0) {
        report(
          at(field ?? "source_arns", position),
          `\`${value}\` ${problem}`,
          `name ${namespace ?? ""} resources of account ${account} in partition ${partition}: the service may use the key for them only`
        ), ok = !1;
        return;
      }
      sources.push(value);
    }), ok ? [
      {
        service,
        sources,
        ...entry.role_suffix === void 0 ? {} : { roleSuffix: entry.role_suffix }
      }
    ] : [];
  });
}

// core/manifest/check-extra-statement-ids.ts
function checkExtraStatementIds(generated, extras, path, report) {
  let taken = new Map(
    generated.Statement.slice(0, generated.Statement.length - extras.length).flatMap(
      (statement) => statement.Sid === void 0 ? [] : [[statement.Sid.toLowerCase(), statement.Sid]]
    )
  );
  extras.forEach((statement, index) => {
    let clash = statement.Sid === void 0 ? void 0 : taken.get(statement.Sid.toLowerCase());
    clash !== void 0 && report(
      [...path, index, "Sid"],
      `extra statement Sid "${statement.Sid ?? ""}" is already the id of the generated statement "${clash}"`,
      "give the extra statement a Sid of its own (e.g. prefixed `Extra`); to change a generated statement, change the intent field it comes from"
    );
  });
}

// core/manifest/resolve-extra-statements.ts
function resolveExtraStatements(written, path, report) {
  let parsed = parseKeyPolicy({ Version: "2012-10-17", Statement: written });
  for (let problem of parsed.problems) {
    if (problem.severity !== "error") continue;
    let [, index, ...rest] = problem.path.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")), where = index === void 0 ? path : [...path, Number(index), ...rest];
    report(where, problem.message, problem.hint);
  }
  return parsed.ok ? parsed.policy.Statement : void 0;
}

// core/manifest/check-narrowed-actions.ts
function checkNarrowedActions(written, path, { usage, kindName, resolveActions, report }) {
  let choices = userActionChoices(usage), resolved = resolveActions(written, path);
  return written.forEach((entry, position) => {
    let action = canonicalKmsAction(entry);
    action === void 0 || choices.includes(action) || report(
      [...path, position],
      `\`${action}\` is not an action of this key's users (${kindName})`,
      `narrow the group to some of ${choices.join(", ")}; for anything else use \`cross_account\` or \`extra_statements\``
    );
  }), [...new Set(resolved.filter((action) => choices.includes(action)))].sort();
}

// core/manifest/resolve-organization.ts
function resolveOrganization(input, path, context) {
  if (typeof input == "string") return { id: input };
  let { report } = context;
  if (input.id === void 0 == (input.paths === void 0)) {
    report(
      path,
      input.id === void 0 ? "organization needs `id` (the whole organisation) or `paths` (organisational units), got neither" : "organization takes `id` or `paths`, not both: each path starts with its organisation id",
      "write `organization: o-a1b2c3d4e5`, or `organization: { paths: [o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/] }`"
    );
    return;
  }
  let strays = 0;
  for (let [index, entityPath] of (input.paths ?? []).entries()) {
    let [, root, ...units] = entityPath.split("/"), rootSuffix = root?.slice(2), stray = units.find((unit) => unit !== "" && unit.split("-")[1] !== rootSuffix);
    stray !== void 0 && (strays += 1, report(
      [...path, "paths", index],
      `organizational unit \`${stray}\` is not in root \`${root ?? ""}\` of path \`${entityPath}\`: an OU id carries its root's id (\`ou-${rootSuffix ?? ""}-...\`)`,
      "copy the path from AWS Organizations (the OU details page, or `aws organizations list-parents`)"
    ));
  }
  if (strays > 0) return;
  let narrowed = input.actions === void 0 ? void 0 : checkNarrowedActions(input.actions, [...path, "actions"], context), actions = narrowed?.join(",") === userActionChoices(context.usage).join(",") ? void 0 : narrowed;
  return {
    ...input.id === void 0 ? {} : { id: input.id },
    ...input.paths === void 0 ? {} : { paths: [...input.paths] },
    ...actions === void 0 ? {} : { actions }
  };
}

// core/manifest/resolve-users.ts
function resolveUsers(entries, path, context) {
  let users = [], userGroups = [], everyAction = userActionChoices(context.usage).join(",");
  return entries.forEach((entry, index) => {
    if (typeof entry == "string") {
      let arn = context.resolvePrincipal(entry, [...path, index]);
      arn !== void 0 && users.push(arn);
      return;
    }
    let principals = entry.principals.flatMap((ref, position) => {
      let arn = context.resolvePrincipal(ref, [...path, index, "principals", position]);
      return arn === void 0 ? [] : [arn];
    }), actions = checkNarrowedActions(entry.actions, [...path, index, "actions"], context);
    actions.join(",") === everyAction ? users.push(...principals) : userGroups.push({ entry: index, principals, actions });
  }), { users, userGroups };
}

// core/manifest/resolve-policy.ts
function resolvePolicy(input, defaults, { placement, at, resolvePrincipal, resolveActions, report }) {
  let policy = input.policy;
  if (policy !== void 0 && "document" in policy) {
    let parsed = parseKeyPolicy(policy.document);
    for (let problem of parsed.problems) {
      if (problem.severity !== "error") continue;
      let pointer = problem.path.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
      report(at("policy", "document", ...pointer), problem.message, problem.hint);
    }
    return {
      kind: "document",
      document: parsed.ok ? parsed.policy : policy.document
    };
  }
  if (policy === void 0) return;
  let merged = { ...defaults, ...policy }, source = (field) => policy[field] === void 0 ? ["defaults", "policy", field] : at("policy", field), principalsOf = (field) => (merged[field] ?? []).flatMap((ref, index) => {
    let arn = resolvePrincipal(ref, [...source(field), index]);
    return arn === void 0 ? [] : [arn];
  }), usage = keyUsageActions(placement.keySpec, placement.keyUsage), kindName = `a key of key_spec ${placement.keySpec ?? "SYMMETRIC_DEFAULT"}, key_usage ${placement.keyUsage ?? "ENCRYPT_DECRYPT"}`, narrowing = { usage, kindName, resolveActions, report }, { users, userGroups } = resolveUsers(merged.users ?? [], source("users"), {
    ...narrowing,
    resolvePrincipal
  }), organization = merged.organization === void 0 ? void 0 : resolveOrganization(merged.organization, source("organization"), narrowing), extraStatements = merged.extra_statements === void 0 ? void 0 : resolveExtraStatements(merged.extra_statements, source("extra_statements"), report);
  usage.contextActions.length === 0 && Object.keys(merged.encryption_context ?? {}).length > 0 && report(
    source("encryption_context"),
    `encryption_context cannot be required on ${kindName}: only symmetric encryption operations take an encryption context`,
    "remove `encryption_context:` from this key (set it per key rather than in `defaults:`); bind signatures or MACs to their purpose inside the signed message instead"
  ), !usage.awsServices && (merged.via_service ?? []).length > 0 && report(
    source("via_service"),
    `via_service cannot be used with ${kindName}: AWS services integrated with KMS use only symmetric encryption keys`,
    "remove `via_service:` from this key (set it per key rather than in `defaults:`)"
  );
  let intent = {
    admins: principalsOf("admins"),
    users,
    viaService: [...merged.via_service ?? []],
    encryptionContext: { ...merged.encryption_context },
    crossAccount: (merged.cross_account ?? []).flatMap((entry, index) => {
      let principal = resolvePrincipal(entry.principal, [
        ...source("cross_account"),
        index,
        "principal"
      ]), actionsPath = [...source("cross_account"), index, "actions"], actions = resolveActions(entry.actions, actionsPath);
      return entry.actions.forEach((written, position) => {
        let action = canonicalKmsAction(written);
        action !== void 0 && isForeignCryptoAction(action, usage) && report(
          [...actionsPath, position],
          `\`${action}\` is not possible with ${kindName}`,
          `its users' actions are ${[...usage.userActions, "kms:DescribeKey"].join(", ")}`
        );
      }), principal === void 0 ? [] : [{ principal, actions }];
    }),
    requireMfaFor: merged.require_mfa_for === void 0 ? [...DEFAULT_REQUIRE_MFA_FOR] : resolveActions(merged.require_mfa_for, source("require_mfa_for")),
    ...merged.services === void 0 ? {} : {
      services: resolveServices(merged.services, {
        placement,
        path: source("services"),
        report
      })
    },
    ...userGroups.length === 0 ? {} : { userGroups },
    ...organization === void 0 ? {} : { organization },
    ...extraStatements === void 0 ? {} : { extraStatements }
  }, document = generateKeyPolicy(intent, placement);
  return extraStatements !== void 0 && checkExtraStatementIds(document, extraStatements, source("extra_statements"), report), { kind: "intent", intent, document };
}

// core/manifest/resolve-replicas.ts
function resolveReplicas(input, defaultPolicy, key, context, problemCount) {
  let { at, report } = context, replicas = [], seen = /* @__PURE__ */ new Map(), documentProblems = 0;
  for (let [index, written] of (input.replicas ?? []).entries()) {
    let entry = typeof written == "string" ? { region: written } : written, path = at("replicas", index), regionPath = typeof written == "string" ? path : [...path, "region"], { region } = entry;
    if (region === key.placement.region) {
      report(
        regionPath,
        `key \`${key.name}\` lists its own Region ${region} as a replica`,
        "replicas are the other Regions the key is copied to"
      );
      continue;
    }
    let previous = seen.get(region);
    if (previous !== void 0) {
      report(
        regionPath,
        `key \`${key.name}\` lists the replica Region ${region} twice (entries ${previous + 1} and ${index + 1})`,
        "a key has at most one replica per Region: merge the two entries"
      );
      continue;
    }
    seen.set(region, index);
    let partition = partitionOf({ region });
    if (partition !== key.placement.partition) {
      report(
        regionPath,
        `replica Region ${region} is in the ${partition} partition, key \`${key.name}\` in ${key.placement.partition}`,
        "AWS replicates a multi-Region key only into Regions of its own partition"
      );
      continue;
    }
    let placement = { ...key.placement, region }, policy, before = problemCount();
    entry.policy !== void 0 ? (policy = resolvePolicy({ policy: entry.policy }, defaultPolicy, {
      ...context,
      placement,
      at: (...rest) => [...path, ...rest]
    }), "document" in entry.policy && (documentProblems += problemCount() - before)) : key.policy?.kind === "intent" ? policy = {
      kind: "intent",
      intent: key.policy.intent,
      document: generateKeyPolicy(key.policy.intent, placement)
    } : policy = key.policy;
    let scope = { account: key.placement.account, region };
    for (let [position, alias] of (entry.aliases ?? []).entries())
      context.claimAlias(scope, alias, [...path, "aliases", position]);
    let tags = { ...key.tags, ...entry.tags };
    tags[OWNERSHIP_TAG_MANIFEST] = key.tags[OWNERSHIP_TAG_MANIFEST] ?? "", tags[OWNERSHIP_TAG_KEY] = key.name, replicas.push({
      region,
      description: entry.description ?? key.description,
      ...policy === void 0 ? {} : { policy },
      policyWritten: entry.policy !== void 0,
      tags,
      aliases: [...entry.aliases ?? []].sort(),
      deletionWindowInDays: entry.deletion_window_in_days ?? key.deletionWindowInDays,
      state: entry.state ?? key.state,
      location: context.locate(path),
      path
    });
  }
  return replicas.sort((a, b) => a.region < b.region ? -1 : a.region > b.region ? 1 : 0), { replicas, documentProblems };
}

// core/manifest/track-alias-claims.ts
function trackAliasClaims(report) {
  let claims = /* @__PURE__ */ new Map();
  return (scope, alias, claimant, path) => {
    let id = `${scope.account}/${scope.region}/${alias}`, previous = claims.get(id);
    if (previous === void 0) {
      claims.set(id, claimant);
      return;
    }
    let owners = previous.replicaRegion === void 0 && claimant.replicaRegion === void 0 ? `keys \`${previous.key}\` and \`${claimant.key}\`` : `${describe(previous)} and ${describe(claimant)}`;
    report(
      path,
      `alias \`${alias}\` is used by ${owners} in account ${scope.account}, ${scope.region}`,
      "an alias names exactly one key per account and Region: rename one of them"
    );
  };
}
function describe(claimant) {
  return claimant.replicaRegion === void 0 ? `key \`${claimant.key}\`` : `the ${claimant.replicaRegion} replica of \`${claimant.key}\``;
}

// core/manifest/resolve-rotation.ts
function resolveRotation(input, defaults, key, report) {
  let periodInDays = input.rotation?.period_in_days ?? defaults?.period_in_days ?? 365;
  if (!canRotateAutomatically(key)) {
    if (input.rotation?.enabled === !0 || input.rotation?.period_in_days !== void 0) {
      let what = key.keySpec === "SYMMETRIC_DEFAULT" ? "a key with imported key material (origin: EXTERNAL)" : `key_spec ${key.keySpec}`;
      report(
        `automatic rotation is only supported for SYMMETRIC_DEFAULT keys whose key material KMS generated, not ${what}`,
        key.keySpec === "SYMMETRIC_DEFAULT" ? "remove `rotation:` from this key; rotate imported key material by importing new material into a new key and retargeting the alias" : "remove `rotation:` from this key; rotate asymmetric and HMAC keys by creating a new key and retargeting the alias"
      );
    }
    return { enabled: !1, periodInDays };
  }
  return { enabled: input.rotation?.enabled ?? defaults?.enabled ?? !0, periodInDays };
}

// core/manifest/compile-desired-state.ts
function compileDesiredState(loaded, manifest, options) {
  let problems = [], policyDocumentProblems = 0, reported = /* @__PURE__ */ new Set(), report = (path, message, hint, at = "value") => {
    let position = at === "key" ? loaded.locateKey(path) : loaded.locate(path), pointer = toJsonPointer(path), id = `${pointer}\0${message}`;
    if (reported.has(id)) return;
    reported.add(id);
    let origin = loaded.originOf?.(path);
    problems.push({
      message: origin === void 0 ? message : `${message} (${origin})`,
      file: loaded.file,
      ...position,
      path: pointer,
      ...hint === void 0 ? {} : { hint }
    });
  }, accounts = manifest.accounts ?? {}, principals = manifest.principals ?? {}, defaults = manifest.defaults ?? {}, owner = `${options.repository}/${options.manifestPath}`, { resolveAccount, resolvePrincipal, resolveActions } = createNameResolvers(
    accounts,
    principals,
    report
  ), keys = [], claimAlias = trackAliasClaims(report), adoptedBy = /* @__PURE__ */ new Map();
  checkMovedFrom(manifest.keys, report);
  let replicaCount = 0;
  for (let [name, input] of Object.entries(manifest.keys))
    if (replicaCount += input.replicas?.length ?? 0, replicaCount > MAX_MANIFEST_KEYS)
      return report(
        ["keys", name, "replicas"],
        `the manifest declares more than ${MAX_MANIFEST_KEYS} replicas (${replicaCount} up to key \`${name}\`)`,
        "split the keys across several manifests"
      ), { ok: !1, problems };
  for (let [name, input] of Object.entries(manifest.keys)) {
    let keyPath = ["keys", name], at = (...rest) => [...keyPath, ...rest], placement = resolveKeyPlacement(name, input, defaults, {
      at,
      adoptedBy,
      resolveAccount,
      report
    });
    if (placement === void 0) continue;
    let { account, region, partition } = placement, keySpec = input.key_spec ?? defaults.key_spec ?? DEFAULT_KEY_SPEC, keyUsage = input.key_usage ?? defaults.key_usage ?? DEFAULT_KEY_USAGE, multiRegion = input.multi_region ?? defaults.multi_region ?? !1;
    (input.replicas ?? []).length > 0 && !multiRegion && report(
      at("replicas"),
      `key \`${name}\` lists replicas but is not a multi-Region key`,
      "set `multi_region: true` (only possible when the key is created), or remove `replicas:`"
    );
    let origin = input.origin ?? defaults.origin ?? "AWS_KMS", usageWritten = input.key_usage !== void 0 || defaults.key_usage !== void 0;
    checkKeySpec({ keySpec, keyUsage, usageWritten, region }, (field, message, hint) => {
      let written = field === "key_usage" ? input.key_usage : input.key_spec;
      report(written === void 0 ? ["defaults", field] : at(field), message, hint);
    });
    let rotation = resolveRotation(
      input,
      defaults.rotation,
      { keySpec, origin },
      (message, hint) => {
        report(at("rotation"), message, hint);
      }
    ), aliases = [...input.aliases ?? []].sort();
    for (let [index, alias] of (input.aliases ?? []).entries())
      claimAlias({ account, region }, alias, { key: name }, at("aliases", index));
    let tags = { ...defaults.tags, ...input.tags };
    tags[OWNERSHIP_TAG_MANIFEST] = owner, tags[OWNERSHIP_TAG_KEY] = name;
    let problemsBefore = problems.length, policy = resolvePolicy(input, defaults.policy, {
      placement: { account, region, partition, multiRegion, keySpec, keyUsage, origin },
      at,
      resolvePrincipal,
      resolveActions,
      report
    });
    input.policy !== void 0 && "document" in input.policy && (policyDocumentProblems += problems.length - problemsBefore);
    let deletionWindowInDays = input.deletion_window_in_days ?? defaults.deletion_window_in_days ?? 30, state = input.state ?? "enabled", description = input.description ?? defaults.description ?? "", resolved = resolveReplicas(
      input,
      defaults.policy,
      {
        name,
        placement: { account, region, partition, multiRegion, keySpec, keyUsage, origin },
        description,
        tags,
        deletionWindowInDays,
        state,
        policy
      },
      {
        at,
        report,
        resolvePrincipal,
        resolveActions,
        locate: loaded.locate,
        claimAlias: (scope, alias, path) => {
          claimAlias(scope, alias, { key: name, replicaRegion: scope.region }, path);
        }
      },
      () => problems.length
    );
    policyDocumentProblems += resolved.documentProblems;
    let grants = resolveGrants(input.grants ?? [], {
      key: name,
      usage: keyUsageActions(keySpec, keyUsage),
      at,
      resolvePrincipal,
      report
    }), keepGrants = resolveKeepGrants(
      defaults.keep_grants ?? [],
      input.keep_grants ?? [],
      keyPath,
      {
        principals,
        report
      }
    ), environment = input.environment ?? defaults.environment, service = input.service ?? defaults.service, compliance = input.compliance ?? defaults.compliance;
    keys.push({
      name,
      account,
      region,
      ...input.adopt === void 0 ? {} : { adopt: input.adopt },
      ...input.moved_from === void 0 ? {} : { movedFrom: input.moved_from },
      ...environment === void 0 ? {} : { environment },
      ...service === void 0 ? {} : { service },
      ...compliance === void 0 ? {} : { compliance },
      description,
      keySpec,
      keyUsage,
      origin,
      multiRegion,
      replicaRegions: resolved.replicas.map((replica) => replica.region),
      replicas: resolved.replicas,
      rotation,
      deletionWindowInDays,
      state,
      aliases,
      tags,
      ...policy === void 0 ? {} : { policy },
      grants,
      keepGrants,
      bypassPolicyLockoutSafetyCheck: input.bypass_policy_lockout_safety_check ?? !1,
      lintIgnore: input.lint_ignore ?? [],
      location: loaded.locateKey(keyPath)
    });
  }
  let environments = {};
  for (let [environment, config] of Object.entries(manifest.lint?.environments ?? {}))
    environments[environment] = { ...config.rules };
  let desired = {
    owner,
    repository: options.repository,
    file: loaded.file,
    keys,
    accounts: { ...accounts },
    principals: { ...principals },
    lint: { rules: { ...manifest.lint?.rules }, environments },
    locate: loaded.locate
  };
  return problems.length > 0 ? (problems.sort((a, b) => a.line - b.line || a.column - b.column), problems.length === policyDocumentProblems ? { ok: !1, problems, lintable: desired } : { ok: !1, problems }) : { ok: !0, problems: [], desired };
}

// core/manifest/validate-manifest.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);

// core/manifest/generated/validate-kms-schema.js
var import_ucs2length = __toESM(require_ucs2length(), 1), import_equal = __toESM(require_equal(), 1), validate = validate20;
var schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/kms-action/kms-action/schemas/kms.schema.json", title: "kms-action manifest (kms.yaml)", description: "Declarative AWS KMS customer managed keys, managed by kms-action.", type: "object", additionalProperties: !1, required: ["version", "keys"], properties: { version: { const: 1, description: "Manifest format version. Always `1`." }, defaults: { type: "object", additionalProperties: !1, description: "Values merged into every key (a key's own value wins; `tags` are merged name by name; `policy` field by field). Fields that identify one key or act on one key cannot be defaults: `adopt`, `moved_from` and `aliases` name exactly one key; `state` and `bypass_policy_lockout_safety_check` are decided key by key so that one line cannot disable, delete or unlock every key; `grants` and `lint_ignore` carry per-key names and reasons (use `lint.rules` for the whole manifest); `replicas` lists one key's Regions. To share those, use a YAML merge key (`<<: *shared`) or `key_templates`. `keep_grants` may be a default: its entries are added to each key's own.", properties: { account: { type: "string", minLength: 1, description: "A name from `accounts`, or a 12-digit AWS account id." }, region: { type: "string", pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", description: "AWS Region code, e.g. `us-east-1`." }, environment: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities." }, service: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain." }, compliance: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared." }, description: { type: "string", maxLength: 8192, description: "Key description shown in the console." }, rotation: { type: "object", description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.", additionalProperties: !1, properties: { enabled: { type: "boolean", description: "Turn automatic rotation on (recommended) or off." }, period_in_days: { type: "integer", minimum: 90, maximum: 2560, description: "Days between rotations, 90..2560. AWS default: 365." } } }, deletion_window_in_days: { type: "integer", minimum: 7, maximum: 30, description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production." }, tags: { type: "object", description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.", maxProperties: 50, propertyNames: { minLength: 1, maxLength: 128, pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, additionalProperties: { type: "string", maxLength: 256, pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" } }, key_spec: { enum: ["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"], description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet." }, key_usage: { enum: ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT", "ENCAPSULATE_DECAPSULATE"], description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)." }, multi_region: { type: "boolean", description: "Create a multi-Region primary key (immutable after creation)." }, origin: { enum: ["AWS_KMS", "EXTERNAL"], description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import." }, policy: { type: "object", description: "Policy intent fields merged into every key that uses the intent form.", additionalProperties: !1, properties: { admins: { type: "array", uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants." }, users: { type: "array", uniqueItems: !0, items: { description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.", if: { type: "string" }, then: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, else: { type: "object", additionalProperties: !1, required: ["principals", "actions"], properties: { principals: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "The group's principals: names from `principals`, or IAM ARNs." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)." } } } }, description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions." }, via_service: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" }, description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys." }, encryption_context: { type: "object", description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, cross_account: { type: "array", description: "Principals in other accounts that may use the key, each with the exact actions it may call.", items: { type: "object", additionalProperties: !1, required: ["principal", "actions"], properties: { principal: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected." } } } }, organization: { description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.", if: { type: "string" }, then: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)." }, else: { type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`." }, paths: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", maxLength: 2048, pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`." }, description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions members get, among the key usage's user actions. Default: every user action." } } } }, require_mfa_for: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA." }, services: { type: "array", uniqueItems: !0, maxItems: 32, description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.", items: { type: "object", additionalProperties: !1, required: ["service"], properties: { service: { enum: ["autoscaling", "cloudtrail", "cloudwatch", "config", "events", "guardduty", "logs", "route53-dnssec", "s3", "ses", "sns"], description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (encrypted event buses, and rules to encrypted SQS queues; not SNS topics: see docs/services.md), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)." }, trails: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account." }, description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account." }, log_groups: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$", description: "A log group name of the key's account and Region." }, description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region." }, source_arns: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`." }, description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, event buses and rules, alarms, detectors, hosted zones. Omitted: any resource of the key's account." }, role_suffix: { type: "string", pattern: "^[\\w+=,.@-]{1,64}$", description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)." } } } }, extra_statements: { type: "array", minItems: 1, items: { type: "object", description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON." }, description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids." } } }, keep_grants: { $ref: "#/properties/keys/additionalProperties/properties/keep_grants", description: "Keep rules for every key, added to each key's own `keep_grants` (a key cannot take one back: keeping is the safe side), e.g. `{ grantee: arn:aws:iam::111122223333:role/aws:ec2-infrastructure, reason: EBS volumes }` for the grants EC2 makes for the EBS volumes of each instance." } } }, accounts: { type: "object", description: "Named AWS accounts: name -> 12-digit account id.", propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$", maxLength: 64 }, additionalProperties: { type: "string", pattern: "^[0-9]{12}$", description: "12-digit AWS account id, quoted." } }, principals: { type: "object", description: "Named principals: name -> IAM ARN or AWS service principal. Policies and grants refer to them by name. A name never looks like an AWS service principal (`<service>.amazonaws.com`): where a name and a literal could be read alike, a name must not pass for a service.", propertyNames: { pattern: "^(?![a-zA-Z0-9_.-]*\\.amazonaws\\.com(\\.cn)?$)[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 64 }, additionalProperties: { type: "string", pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$", description: "IAM ARN of a role, user or account root, e.g. `arn:aws:iam::111122223333:role/app`, or an AWS service principal, e.g. `logs.amazonaws.com` (a grant grantee only: services use a key through `policy.services`)." } }, lint: { type: "object", additionalProperties: !1, description: "Lint configuration.", properties: { rules: { type: "object", description: "Severity per lint rule id (see docs/rules.md).", propertyNames: { enum: ["public-principal", "no-root-backstop", "admin-user-overlap", "wildcard-action", "missing-mfa-guard", "cross-account-access", "missing-encryption-context", "unscoped-service-principal", "invalid-policy", "aws-managed-key", "shared-key", "rotation-disabled", "rotation-period", "deletion-window", "required-tags", "alias-naming", "alias-environment-mismatch", "compliance-isolation", "policy-lockout-bypass"] }, additionalProperties: { enum: ["off", "notice", "warning", "error"], description: "Severity of a lint rule: `off` disables it." } }, environments: { type: "object", description: "Severities per environment, applied on top of `rules` to keys of that environment.", additionalProperties: { type: "object", additionalProperties: !1, properties: { rules: { type: "object", description: "Severity per lint rule id (see docs/rules.md).", propertyNames: { enum: ["public-principal", "no-root-backstop", "admin-user-overlap", "wildcard-action", "missing-mfa-guard", "cross-account-access", "missing-encryption-context", "unscoped-service-principal", "invalid-policy", "aws-managed-key", "shared-key", "rotation-disabled", "rotation-period", "deletion-window", "required-tags", "alias-naming", "alias-environment-mismatch", "compliance-isolation", "policy-lockout-bypass"] }, additionalProperties: { enum: ["off", "notice", "warning", "error"], description: "Severity of a lint rule: `off` disables it." } } } } } } }, key_templates: { type: "object", description: "Key templates: each declares one key per `for_each` entry (see docs/templates.md). Placeholders `${each.key}` and `${each.value}` are replaced in `name` and in the key's `description`, `aliases`, `service`, `compliance`, `environment`, `moved_from` and tag values; anywhere else they are refused. Generated keys are validated and compiled like written keys, count against the 5,000-key limit, may not reuse a written or generated name, and their problems point at the template's lines. Removing an entry from `for_each` removes its key from the manifest, like deleting a written key.", maxProperties: 100, propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 128 }, additionalProperties: { type: "object", additionalProperties: !1, required: ["for_each", "name", "key"], description: "One key template.", properties: { for_each: { type: ["array", "object"], description: "The entries to declare a key for: a list of names (`${each.key}` and `${each.value}` are both the name), or a mapping of name to a string (`${each.key}` is the name, `${each.value}` the string). Names are 1..64 letters, digits, `_`, `.` and `-`, starting with a letter or digit; at most 5,000 entries.", minItems: 1, maxItems: 5e3, uniqueItems: !0, items: { type: "string", maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, minProperties: 1, maxProperties: 5e3, propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 64 }, additionalProperties: { type: "string", maxLength: 256 } }, name: { type: "string", minLength: 1, maxLength: 128, pattern: "\\$\\{each\\.key\\}", description: "The logical name of each generated key; must contain `${each.key}`, e.g. `${each.key}-data`. The result must be a valid key name." }, key: { type: "object", description: "The key each entry declares: any field of a key under `keys` (validated on each generated key), with placeholders in the fields named above." } } } }, keys: { type: "object", description: "Managed keys by logical name. At most 5,000 keys per manifest: split larger estates across several manifests.", minProperties: 1, maxProperties: 5e3, propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 128 }, additionalProperties: { type: "object", additionalProperties: !1, description: "A customer managed key. Its logical name (the mapping key) is its stable identity.", properties: { adopt: { type: "string", pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", description: "ARN of an existing key to bring under management (it is tagged with the ownership tags). Its account and Region come from the ARN. The way to manage a key made outside kms-action, by hand, by Terraform or by CloudFormation." }, moved_from: { type: "string", pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 128, description: "The key's previous logical name, to rename it without replacing it: the plan re-tags the live key (`kms-action:key`) instead of reporting it as an orphan and creating a new one; aliases, grants and ciphertexts stay. Remove `moved_from` once the rename is applied everywhere the manifest is applied." }, account: { type: "string", minLength: 1, description: "A name from `accounts`, or a 12-digit AWS account id." }, region: { type: "string", pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", description: "AWS Region code, e.g. `us-east-1`." }, environment: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities." }, service: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain." }, compliance: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared." }, description: { type: "string", maxLength: 8192, description: "Key description shown in the console." }, rotation: { type: "object", description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.", additionalProperties: !1, properties: { enabled: { type: "boolean", description: "Turn automatic rotation on (recommended) or off." }, period_in_days: { type: "integer", minimum: 90, maximum: 2560, description: "Days between rotations, 90..2560. AWS default: 365." } } }, aliases: { type: "array", uniqueItems: !0, items: { type: "string", maxLength: 256, pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$" }, description: "Aliases (`alias/` followed by letters, digits, `/`, `_`, `-`; not `alias/aws/`). Stable names applications use instead of key ids." }, state: { enum: ["enabled", "disabled", "pending_deletion"], description: "Desired key state. `pending_deletion` schedules deletion after `deletion_window_in_days`." }, deletion_window_in_days: { type: "integer", minimum: 7, maximum: 30, description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production." }, tags: { type: "object", description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.", maxProperties: 50, propertyNames: { minLength: 1, maxLength: 128, pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, additionalProperties: { type: "string", maxLength: 256, pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" } }, key_spec: { enum: ["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"], description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet." }, key_usage: { enum: ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT", "ENCAPSULATE_DECAPSULATE"], description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)." }, multi_region: { type: "boolean", description: "Create a multi-Region primary key (immutable after creation)." }, origin: { enum: ["AWS_KMS", "EXTERNAL"], description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import." }, replicas: { type: "array", maxItems: 50, items: { description: "A Region code (the replica takes every setting from its key), or a replica with settings of its own: `{ region, description, policy, tags, aliases, deletion_window_in_days, state }`.", if: { type: "string" }, then: { type: "string", pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", description: "AWS Region code, e.g. `eu-west-1`." }, else: { type: "object", additionalProperties: !1, required: ["region"], properties: { region: { type: "string", pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", description: "The replica's AWS Region code, e.g. `eu-west-1`: another Region than the key's, and each Region once." }, description: { $ref: "#/properties/keys/additionalProperties/properties/description", description: "The replica's description. Omitted: the key's." }, policy: { $ref: "#/properties/keys/additionalProperties/properties/policy", description: "The replica's own key policy, in either form of the key's `policy` (an intent is merged with `defaults.policy` and generated for the replica's Region). Omitted: the key's intent generated for the replica's Region, or the key's document." }, tags: { $ref: "#/properties/keys/additionalProperties/properties/tags", description: "Tags of the replica, merged name by name over the key's tags (the replica's value wins). The ownership tags are set as on the key." }, aliases: { $ref: "#/properties/keys/additionalProperties/properties/aliases", description: "Aliases of the replica, created in the replica's Region (an alias belongs to one Region). Omitted: none; the key's aliases are not copied." }, deletion_window_in_days: { $ref: "#/properties/keys/additionalProperties/properties/deletion_window_in_days", description: "Waiting period, 7..30 days, before the replica is deleted once scheduled. Omitted: the key's." }, state: { $ref: "#/properties/keys/additionalProperties/properties/state", description: "Desired state of the replica: `enabled`, `disabled` or `pending_deletion` (schedules the replica's deletion; destructive). Omitted: the key's state." } } } }, description: "The Regions a multi-Region key is replicated into (requires `multi_region: true`), each a Region code or a replica entry with its own settings (at most 50 per key and 5,000 per manifest). A replica shares its key's key material, key spec, key usage, origin and rotation; its description, policy, tags, aliases and state are its own (AWS: https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html). Grants are never replicated and a replica declares none: a live grant on a replica is an undeclared grant, revoked as a destructive change (with --allow-destructive) and reported by drift. A live replica whose Region is removed from the list is a `replica-removal` problem: to delete it, keep its entry with `state: pending_deletion`." }, bypass_policy_lockout_safety_check: { type: "boolean", description: "Skip the AWS policy lockout safety check. Dangerous: linted as an error." }, policy: { description: "Key policy: either the intent form (admins, users, ...) or `{ document: ... }`. Omitted: the policy is not managed (new keys get the AWS default key policy).", type: "object", if: { properties: { document: !0 }, required: ["document"] }, then: { type: "object", description: "A raw key policy, used as is instead of the generated one.", additionalProperties: !1, required: ["document"], properties: { document: { type: "object", description: "The key policy JSON (`Version`, `Statement`), written as YAML or JSON." } } }, else: { type: "object", description: "High-level intent from which kms-action generates a best-practice key policy.", additionalProperties: !1, properties: { admins: { type: "array", uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants." }, users: { type: "array", uniqueItems: !0, items: { description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.", if: { type: "string" }, then: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, else: { type: "object", additionalProperties: !1, required: ["principals", "actions"], properties: { principals: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "The group's principals: names from `principals`, or IAM ARNs." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)." } } } }, description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions." }, via_service: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" }, description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys." }, encryption_context: { type: "object", description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, cross_account: { type: "array", description: "Principals in other accounts that may use the key, each with the exact actions it may call.", items: { type: "object", additionalProperties: !1, required: ["principal", "actions"], properties: { principal: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected." } } } }, organization: { description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.", if: { type: "string" }, then: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)." }, else: { type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`." }, paths: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", maxLength: 2048, pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`." }, description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions members get, among the key usage's user actions. Default: every user action." } } } }, require_mfa_for: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA." }, services: { type: "array", uniqueItems: !0, maxItems: 32, description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.", items: { type: "object", additionalProperties: !1, required: ["service"], properties: { service: { enum: ["autoscaling", "cloudtrail", "cloudwatch", "config", "events", "guardduty", "logs", "route53-dnssec", "s3", "ses", "sns"], description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (encrypted event buses, and rules to encrypted SQS queues; not SNS topics: see docs/services.md), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)." }, trails: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account." }, description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account." }, log_groups: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$", description: "A log group name of the key's account and Region." }, description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region." }, source_arns: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`." }, description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, event buses and rules, alarms, detectors, hosted zones. Omitted: any resource of the key's account." }, role_suffix: { type: "string", pattern: "^[\\w+=,.@-]{1,64}$", description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)." } } } }, extra_statements: { type: "array", minItems: 1, items: { type: "object", description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON." }, description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids." } } } }, grants: { type: "array", items: { type: "object", additionalProperties: !1, required: ["name", "grantee", "operations"], properties: { name: { type: "string", minLength: 1, maxLength: 256, pattern: "^[a-zA-Z0-9:/_-]+$", description: "Grant name: identifies the grant across runs." }, grantee: { type: "string", minLength: 1, maxLength: 2048, description: "Grantee principal: a name from `principals`, an IAM ARN, or an AWS service principal (`<service>.amazonaws.com`; then `source_arn` and `retiring_principal` are required)." }, retiring_principal: { type: "string", minLength: 1, maxLength: 2048, description: "Principal that may retire the grant: a name from `principals`, an IAM ARN or an AWS service principal." }, operations: { type: "array", minItems: 1, uniqueItems: !0, items: { enum: ["Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncryptFrom", "ReEncryptTo", "Sign", "Verify", "GetPublicKey", "CreateGrant", "RetireGrant", "DescribeKey", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateMac", "VerifyMac", "DeriveSharedSecret"] }, description: "Grant operations." }, encryption_context_subset: { type: "object", description: "The grant applies only when the request's encryption context includes these pairs.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, encryption_context_equals: { type: "object", description: "The grant applies only when the request's encryption context equals these pairs.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, source_arn: { type: "string", maxLength: 2048, pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", description: "Grants to a service principal only (required there): the ARN of the resource the service may use the grant for (the grant's `SourceArn` constraint)." } } }, description: "Declared grants. Live grants not declared here are reported." }, keep_grants: { type: "array", maxItems: 100, description: "Live grants kms-action must never revoke, not even with --allow-destructive, without declaring each one: grants AWS services create for your resources (an EBS volume attached to an instance, an RDS database, a DynamoDB table). A live grant that matches no declared grant is kept when its grantee equals an entry's `grantee` exactly, or when the entry names an IAM role and the grantee is a session of that role (`arn:aws:sts::<account>:assumed-role/<role name>/<session>`). Kept grants are listed in every plan and drift report with the entry's reason. Entries only keep grants: they never create one or give access. In `defaults` they apply to every key, in addition to the key's own.", items: { type: "object", additionalProperties: !1, required: ["grantee", "reason"], properties: { grantee: { type: "string", minLength: 1, maxLength: 2048, pattern: "^[^*?\\s]+$", description: "The grantee of the live grants to keep, matched exactly (no wildcards): a name from `principals`, an AWS service principal (`dynamodb.us-east-1.amazonaws.com`), an IAM role ARN (also keeps grants to its sessions: `arn:aws:iam::111122223333:role/aws:ec2-infrastructure` keeps the grants EC2 makes for the EBS volumes of each instance), or another IAM principal ARN." }, reason: { type: "string", minLength: 1, maxLength: 1024, pattern: "\\S", description: "Why these grants must stay (required): shown next to each kept grant in the plan." } } } }, lint_ignore: { type: "array", description: "Lint suppressions for this key, each with the reason it is acceptable.", items: { type: "object", additionalProperties: !1, required: ["rule", "reason"], properties: { rule: { enum: ["public-principal", "no-root-backstop", "admin-user-overlap", "wildcard-action", "missing-mfa-guard", "cross-account-access", "missing-encryption-context", "unscoped-service-principal", "invalid-policy", "aws-managed-key", "shared-key", "rotation-disabled", "rotation-period", "deletion-window", "required-tags", "alias-naming", "alias-environment-mismatch", "compliance-isolation", "policy-lockout-bypass"], description: "Rule id to suppress on this key." }, reason: { type: "string", minLength: 1, pattern: "\\S", description: "Why the finding is acceptable for this key (required)." } } } } } } } } }, schema32 = { type: "array", maxItems: 100, description: "Live grants kms-action must never revoke, not even with --allow-destructive, without declaring each one: grants AWS services create for your resources (an EBS volume attached to an instance, an RDS database, a DynamoDB table). A live grant that matches no declared grant is kept when its grantee equals an entry's `grantee` exactly, or when the entry names an IAM role and the grantee is a session of that role (`arn:aws:sts::<account>:assumed-role/<role name>/<session>`). Kept grants are listed in every plan and drift report with the entry's reason. Entries only keep grants: they never create one or give access. In `defaults` they apply to every key, in addition to the key's own.", items: { type: "object", additionalProperties: !1, required: ["grantee", "reason"], properties: { grantee: { type: "string", minLength: 1, maxLength: 2048, pattern: "^[^*?\\s]+$", description: "The grantee of the live grants to keep, matched exactly (no wildcards): a name from `principals`, an AWS service principal (`dynamodb.us-east-1.amazonaws.com`), an IAM role ARN (also keeps grants to its sessions: `arn:aws:iam::111122223333:role/aws:ec2-infrastructure` keeps the grants EC2 makes for the EBS volumes of each instance), or another IAM principal ARN." }, reason: { type: "string", minLength: 1, maxLength: 1024, pattern: "\\S", description: "Why these grants must stay (required): shown next to each kept grant in the plan." } } } }, schema33 = { type: "string", maxLength: 8192, description: "Key description shown in the console." }, schema34 = { description: "Key policy: either the intent form (admins, users, ...) or `{ document: ... }`. Omitted: the policy is not managed (new keys get the AWS default key policy).", type: "object", if: { properties: { document: !0 }, required: ["document"] }, then: { type: "object", description: "A raw key policy, used as is instead of the generated one.", additionalProperties: !1, required: ["document"], properties: { document: { type: "object", description: "The key policy JSON (`Version`, `Statement`), written as YAML or JSON." } } }, else: { type: "object", description: "High-level intent from which kms-action generates a best-practice key policy.", additionalProperties: !1, properties: { admins: { type: "array", uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants." }, users: { type: "array", uniqueItems: !0, items: { description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.", if: { type: "string" }, then: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, else: { type: "object", additionalProperties: !1, required: ["principals", "actions"], properties: { principals: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "The group's principals: names from `principals`, or IAM ARNs." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)." } } } }, description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions." }, via_service: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" }, description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys." }, encryption_context: { type: "object", description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, cross_account: { type: "array", description: "Principals in other accounts that may use the key, each with the exact actions it may call.", items: { type: "object", additionalProperties: !1, required: ["principal", "actions"], properties: { principal: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected." } } } }, organization: { description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.", if: { type: "string" }, then: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)." }, else: { type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`." }, paths: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", maxLength: 2048, pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`." }, description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions members get, among the key usage's user actions. Default: every user action." } } } }, require_mfa_for: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA." }, services: { type: "array", uniqueItems: !0, maxItems: 32, description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.", items: { type: "object", additionalProperties: !1, required: ["service"], properties: { service: { enum: ["autoscaling", "cloudtrail", "cloudwatch", "config", "events", "guardduty", "logs", "route53-dnssec", "s3", "ses", "sns"], description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (encrypted event buses, and rules to encrypted SQS queues; not SNS topics: see docs/services.md), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)." }, trails: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account." }, description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account." }, log_groups: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$", description: "A log group name of the key's account and Region." }, description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region." }, source_arns: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`." }, description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, event buses and rules, alarms, detectors, hosted zones. Omitted: any resource of the key's account." }, role_suffix: { type: "string", pattern: "^[\\w+=,.@-]{1,64}$", description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)." } } } }, extra_statements: { type: "array", minItems: 1, items: { type: "object", description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON." }, description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids." } } } }, schema35 = { type: "object", description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.", maxProperties: 50, propertyNames: { minLength: 1, maxLength: 128, pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, additionalProperties: { type: "string", maxLength: 256, pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" } }, schema36 = { type: "array", uniqueItems: !0, items: { type: "string", maxLength: 256, pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$" }, description: "Aliases (`alias/` followed by letters, digits, `/`, `_`, `-`; not `alias/aws/`). Stable names applications use instead of key ids." }, schema37 = { type: "integer", minimum: 7, maximum: 30, description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production." }, schema38 = { enum: ["enabled", "disabled", "pending_deletion"], description: "Desired key state. `pending_deletion` schedules deletion after `deletion_window_in_days`." }, func1 = Object.prototype.hasOwnProperty, func2 = import_ucs2length.default.default ?? import_ucs2length.default, func0 = import_equal.default.default ?? import_equal.default, pattern4 = new RegExp("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", "u"), pattern5 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", "u"), pattern8 = new RegExp("^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", "u"), pattern9 = new RegExp("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u"), pattern10 = new RegExp("^(kms:)?[A-Za-z*]+$", "u"), pattern11 = new RegExp("^[a-z][a-z0-9-]*$", "u"), pattern13 = new RegExp("^o-[a-z0-9]{10,32}$", "u"), pattern15 = new RegExp("^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", "u"), pattern18 = new RegExp("^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", "u"), pattern19 = new RegExp("^[.\\-_/#A-Za-z0-9]{1,512}$", "u"), pattern20 = new RegExp("^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", "u"), pattern21 = new RegExp("^[\\w+=,.@-]{1,64}$", "u"), pattern22 = new RegExp("^[^*?\\s]+$", "u"), pattern23 = new RegExp("\\S", "u"), pattern24 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_-]*$", "u"), pattern25 = new RegExp("^[0-9]{12}$", "u"), pattern26 = new RegExp("^(?![a-zA-Z0-9_.-]*\\.amazonaws\\.com(\\.cn)?$)[a-zA-Z0-9][a-zA-Z0-9_.-]*$", "u"), pattern27 = new RegExp("^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$", "u"), pattern31 = new RegExp("\\$\\{each\\.key\\}", "u"), pattern33 = new RegExp("^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", "u"), pattern39 = new RegExp("^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$", "u"), pattern71 = new RegExp("^[a-zA-Z0-9:/_-]+$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.keys === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "defaults" || key0 === "accounts" || key0 === "principals" || key0 === "lint" || key0 === "key_templates" || key0 === "keys")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (data0 !== 1) {
        let err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.defaults !== void 0) {
      let data1 = data.defaults;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (let key1 in data1)
          if (!func1.call(schema31.properties.defaults.properties, key1)) {
            let err4 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults, data: data1 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        if (data1.account !== void 0) {
          let data2 = data1.account;
          if (typeof data2 == "string") {
            if (func2(data2) < 1) {
              let err5 = { instancePath: instancePath + "/defaults/account", schemaPath: "#/properties/defaults/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.account, data: data2 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          } else {
            let err6 = { instancePath: instancePath + "/defaults/account", schemaPath: "#/properties/defaults/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.account.type, parentSchema: schema31.properties.defaults.properties.account, data: data2 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        if (data1.region !== void 0) {
          let data3 = data1.region;
          if (typeof data3 == "string") {
            if (!pattern4.test(data3)) {
              let err7 = { instancePath: instancePath + "/defaults/region", schemaPath: "#/properties/defaults/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"', schema: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", parentSchema: schema31.properties.defaults.properties.region, data: data3 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/defaults/region", schemaPath: "#/properties/defaults/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.region.type, parentSchema: schema31.properties.defaults.properties.region, data: data3 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        if (data1.environment !== void 0) {
          let data4 = data1.environment;
          if (typeof data4 == "string") {
            if (func2(data4) > 64) {
              let err9 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
            if (func2(data4) < 1) {
              let err10 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
            if (!pattern5.test(data4)) {
              let err11 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.environment.type, parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data1.service !== void 0) {
          let data5 = data1.service;
          if (typeof data5 == "string") {
            if (func2(data5) > 64) {
              let err13 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.defaults.properties.service, data: data5 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            if (func2(data5) < 1) {
              let err14 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.service, data: data5 };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            if (!pattern5.test(data5)) {
              let err15 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.defaults.properties.service, data: data5 };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
          } else {
            let err16 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.service.type, parentSchema: schema31.properties.defaults.properties.service, data: data5 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        if (data1.compliance !== void 0) {
          let data6 = data1.compliance;
          if (typeof data6 == "string") {
            if (func2(data6) > 64) {
              let err17 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            if (func2(data6) < 1) {
              let err18 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
            if (!pattern5.test(data6)) {
              let err19 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
          } else {
            let err20 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.compliance.type, parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        if (data1.description !== void 0) {
          let data7 = data1.description;
          if (typeof data7 == "string") {
            if (func2(data7) > 8192) {
              let err21 = { instancePath: instancePath + "/defaults/description", schemaPath: "#/properties/defaults/properties/description/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters", schema: 8192, parentSchema: schema31.properties.defaults.properties.description, data: data7 };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/defaults/description", schemaPath: "#/properties/defaults/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.description.type, parentSchema: schema31.properties.defaults.properties.description, data: data7 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
        if (data1.rotation !== void 0) {
          let data8 = data1.rotation;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (let key2 in data8)
              if (!(key2 === "enabled" || key2 === "period_in_days")) {
                let err23 = { instancePath: instancePath + "/defaults/rotation", schemaPath: "#/properties/defaults/properties/rotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.rotation, data: data8 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            if (data8.enabled !== void 0) {
              let data9 = data8.enabled;
              if (typeof data9 != "boolean") {
                let err24 = { instancePath: instancePath + "/defaults/rotation/enabled", schemaPath: "#/properties/defaults/properties/rotation/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.defaults.properties.rotation.properties.enabled.type, parentSchema: schema31.properties.defaults.properties.rotation.properties.enabled, data: data9 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data8.period_in_days !== void 0) {
              let data10 = data8.period_in_days;
              if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                let err25 = { instancePath: instancePath + "/defaults/rotation/period_in_days", schemaPath: "#/properties/defaults/properties/rotation/properties/period_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.defaults.properties.rotation.properties.period_in_days.type, parentSchema: schema31.properties.defaults.properties.rotation.properties.period_in_days, data: data10 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 2560 || isNaN(data10)) {
                  let err26 = { instancePath: instancePath + "/defaults/rotation/period_in_days", schemaPath: "#/properties/defaults/properties/rotation/properties/period_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2560 }, message: "must be <= 2560", schema: 2560, parentSchema: schema31.properties.defaults.properties.rotation.properties.period_in_days, data: data10 };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
                if (data10 < 90 || isNaN(data10)) {
                  let err27 = { instancePath: instancePath + "/defaults/rotation/period_in_days", schemaPath: "#/properties/defaults/properties/rotation/properties/period_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 90 }, message: "must be >= 90", schema: 90, parentSchema: schema31.properties.defaults.properties.rotation.properties.period_in_days, data: data10 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
              }
            }
          } else {
            let err28 = { instancePath: instancePath + "/defaults/rotation", schemaPath: "#/properties/defaults/properties/rotation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.rotation.type, parentSchema: schema31.properties.defaults.properties.rotation, data: data8 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data1.deletion_window_in_days !== void 0) {
          let data11 = data1.deletion_window_in_days;
          if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            let err29 = { instancePath: instancePath + "/defaults/deletion_window_in_days", schemaPath: "#/properties/defaults/properties/deletion_window_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.defaults.properties.deletion_window_in_days.type, parentSchema: schema31.properties.defaults.properties.deletion_window_in_days, data: data11 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 30 || isNaN(data11)) {
              let err30 = { instancePath: instancePath + "/defaults/deletion_window_in_days", schemaPath: "#/properties/defaults/properties/deletion_window_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema31.properties.defaults.properties.deletion_window_in_days, data: data11 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            if (data11 < 7 || isNaN(data11)) {
              let err31 = { instancePath: instancePath + "/defaults/deletion_window_in_days", schemaPath: "#/properties/defaults/properties/deletion_window_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 7 }, message: "must be >= 7", schema: 7, parentSchema: schema31.properties.defaults.properties.deletion_window_in_days, data: data11 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
          }
        }
        if (data1.tags !== void 0) {
          let data12 = data1.tags;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (Object.keys(data12).length > 50) {
              let err32 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema31.properties.defaults.properties.tags, data: data12 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            for (let key3 in data12) {
              let _errs29 = errors;
              if (typeof key3 == "string") {
                if (func2(key3) > 128) {
                  let err33 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.defaults.properties.tags.propertyNames, data: key3, propertyName: key3 };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
                if (func2(key3) < 1) {
                  let err34 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.tags.propertyNames, data: key3, propertyName: key3 };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
                if (!pattern8.test(key3)) {
                  let err35 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, message: 'must match pattern "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"', schema: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", parentSchema: schema31.properties.defaults.properties.tags.propertyNames, data: key3, propertyName: key3 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              }
              var valid3 = _errs29 === errors;
              if (!valid3) {
                let err36 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema31.properties.defaults.properties.tags.propertyNames, parentSchema: schema31.properties.defaults.properties.tags, data: data12 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            for (let key4 in data12) {
              let data13 = data12[key4];
              if (typeof data13 == "string") {
                if (func2(data13) > 256) {
                  let err37 = { instancePath: instancePath + "/defaults/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/tags/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.defaults.properties.tags.additionalProperties, data: data13 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
                if (!pattern9.test(data13)) {
                  let err38 = { instancePath: instancePath + "/defaults/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/tags/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" }, message: 'must match pattern "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"', schema: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", parentSchema: schema31.properties.defaults.properties.tags.additionalProperties, data: data13 };
                  vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                }
              } else {
                let err39 = { instancePath: instancePath + "/defaults/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.tags.additionalProperties.type, parentSchema: schema31.properties.defaults.properties.tags.additionalProperties, data: data13 };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
            }
          } else {
            let err40 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.tags.type, parentSchema: schema31.properties.defaults.properties.tags, data: data12 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data1.key_spec !== void 0) {
          let data14 = data1.key_spec;
          if (!(data14 === "SYMMETRIC_DEFAULT" || data14 === "RSA_2048" || data14 === "RSA_3072" || data14 === "RSA_4096" || data14 === "ECC_NIST_P256" || data14 === "ECC_NIST_P384" || data14 === "ECC_NIST_P521" || data14 === "ECC_SECG_P256K1" || data14 === "ECC_NIST_EDWARDS25519" || data14 === "HMAC_224" || data14 === "HMAC_256" || data14 === "HMAC_384" || data14 === "HMAC_512" || data14 === "SM2" || data14 === "ML_DSA_44" || data14 === "ML_DSA_65" || data14 === "ML_DSA_87" || data14 === "ML_KEM_512" || data14 === "ML_KEM_768" || data14 === "ML_KEM_1024")) {
            let err41 = { instancePath: instancePath + "/defaults/key_spec", schemaPath: "#/properties/defaults/properties/key_spec/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.key_spec.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.key_spec.enum, parentSchema: schema31.properties.defaults.properties.key_spec, data: data14 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data1.key_usage !== void 0) {
          let data15 = data1.key_usage;
          if (!(data15 === "ENCRYPT_DECRYPT" || data15 === "SIGN_VERIFY" || data15 === "GENERATE_VERIFY_MAC" || data15 === "KEY_AGREEMENT" || data15 === "ENCAPSULATE_DECAPSULATE")) {
            let err42 = { instancePath: instancePath + "/defaults/key_usage", schemaPath: "#/properties/defaults/properties/key_usage/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.key_usage.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.key_usage.enum, parentSchema: schema31.properties.defaults.properties.key_usage, data: data15 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
        if (data1.multi_region !== void 0) {
          let data16 = data1.multi_region;
          if (typeof data16 != "boolean") {
            let err43 = { instancePath: instancePath + "/defaults/multi_region", schemaPath: "#/properties/defaults/properties/multi_region/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.defaults.properties.multi_region.type, parentSchema: schema31.properties.defaults.properties.multi_region, data: data16 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
        if (data1.origin !== void 0) {
          let data17 = data1.origin;
          if (!(data17 === "AWS_KMS" || data17 === "EXTERNAL")) {
            let err44 = { instancePath: instancePath + "/defaults/origin", schemaPath: "#/properties/defaults/properties/origin/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.origin.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.origin.enum, parentSchema: schema31.properties.defaults.properties.origin, data: data17 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data1.policy !== void 0) {
          let data18 = data1.policy;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (let key5 in data18)
              if (!func1.call(schema31.properties.defaults.properties.policy.properties, key5)) {
                let err45 = { instancePath: instancePath + "/defaults/policy", schemaPath: "#/properties/defaults/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy, data: data18 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            if (data18.admins !== void 0) {
              let data19 = data18.admins;
              if (Array.isArray(data19)) {
                let len0 = data19.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data20 = data19[i0];
                  if (typeof data20 == "string") {
                    if (func2(data20) > 2048) {
                      let err46 = { instancePath: instancePath + "/defaults/policy/admins/" + i0, schemaPath: "#/properties/defaults/properties/policy/properties/admins/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.admins.items, data: data20 };
                      vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                    }
                    if (func2(data20) < 1) {
                      let err47 = { instancePath: instancePath + "/defaults/policy/admins/" + i0, schemaPath: "#/properties/defaults/properties/policy/properties/admins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.admins.items, data: data20 };
                      vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                    }
                  } else {
                    let err48 = { instancePath: instancePath + "/defaults/policy/admins/" + i0, schemaPath: "#/properties/defaults/properties/policy/properties/admins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.admins.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.admins.items, data: data20 };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                }
                let i1 = data19.length, j0;
                if (i1 > 1) {
                  let indices0 = {};
                  for (; i1--; ) {
                    let item0 = data19[i1];
                    if (typeof item0 == "string") {
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        let err49 = { instancePath: instancePath + "/defaults/policy/admins", schemaPath: "#/properties/defaults/properties/policy/properties/admins/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.admins, data: data19 };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                        break;
                      }
                      indices0[item0] = i1;
                    }
                  }
                }
              } else {
                let err50 = { instancePath: instancePath + "/defaults/policy/admins", schemaPath: "#/properties/defaults/properties/policy/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.admins.type, parentSchema: schema31.properties.defaults.properties.policy.properties.admins, data: data19 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
            if (data18.users !== void 0) {
              let data21 = data18.users;
              if (Array.isArray(data21)) {
                let len1 = data21.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data22 = data21[i2], _errs48 = errors, valid11 = !0, _errs49 = errors;
                  if (typeof data22 != "string") {
                    let err51 = {};
                    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                  }
                  var _valid0 = _errs49 === errors;
                  errors = _errs48, vErrors !== null && (_errs48 ? vErrors.length = _errs48 : vErrors = null);
                  let ifClause0;
                  if (_valid0) {
                    let _errs51 = errors;
                    if (typeof data22 == "string") {
                      if (func2(data22) > 2048) {
                        let err52 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/then/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.then, data: data22 };
                        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                      }
                      if (func2(data22) < 1) {
                        let err53 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.then, data: data22 };
                        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                      }
                    } else {
                      let err54 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.users.items.then.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.then, data: data22 };
                      vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                    }
                    var _valid0 = _errs51 === errors;
                    valid11 = _valid0, ifClause0 = "then";
                  } else {
                    let _errs53 = errors;
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                      if (data22.principals === void 0) {
                        let err55 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/required", keyword: "required", params: { missingProperty: "principals" }, message: "must have required property 'principals'", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.required, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                      }
                      if (data22.actions === void 0) {
                        let err56 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.required, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                      }
                      for (let key6 in data22)
                        if (!(key6 === "principals" || key6 === "actions")) {
                          let err57 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                          vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                        }
                      if (data22.principals !== void 0) {
                        let data23 = data22.principals;
                        if (Array.isArray(data23)) {
                          if (data23.length < 1) {
                            let err58 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals, data: data23 };
                            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                          }
                          let len2 = data23.length;
                          for (let i3 = 0; i3 < len2; i3++) {
                            let data24 = data23[i3];
                            if (typeof data24 == "string") {
                              if (func2(data24) > 2048) {
                                let err59 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals/" + i3, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items, data: data24 };
                                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                              }
                              if (func2(data24) < 1) {
                                let err60 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals/" + i3, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items, data: data24 };
                                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                              }
                            } else {
                              let err61 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals/" + i3, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items, data: data24 };
                              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                            }
                          }
                          let i4 = data23.length, j1;
                          if (i4 > 1) {
                            let indices1 = {};
                            for (; i4--; ) {
                              let item1 = data23[i4];
                              if (typeof item1 == "string") {
                                if (typeof indices1[item1] == "number") {
                                  j1 = indices1[item1];
                                  let err62 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals, data: data23 };
                                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                                  break;
                                }
                                indices1[item1] = i4;
                              }
                            }
                          }
                        } else {
                          let err63 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals, data: data23 };
                          vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                        }
                      }
                      if (data22.actions !== void 0) {
                        let data25 = data22.actions;
                        if (Array.isArray(data25)) {
                          if (data25.length < 1) {
                            let err64 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions, data: data25 };
                            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                          }
                          let len3 = data25.length;
                          for (let i5 = 0; i5 < len3; i5++) {
                            let data26 = data25[i5];
                            if (typeof data26 == "string") {
                              if (!pattern10.test(data26)) {
                                let err65 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions/" + i5, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.items, data: data26 };
                                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                              }
                            } else {
                              let err66 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions/" + i5, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.items, data: data26 };
                              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                            }
                          }
                          let i6 = data25.length, j2;
                          if (i6 > 1) {
                            let indices2 = {};
                            for (; i6--; ) {
                              let item2 = data25[i6];
                              if (typeof item2 == "string") {
                                if (typeof indices2[item2] == "number") {
                                  j2 = indices2[item2];
                                  let err67 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions, data: data25 };
                                  vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                                  break;
                                }
                                indices2[item2] = i6;
                              }
                            }
                          }
                        } else {
                          let err68 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions, data: data25 };
                          vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                        }
                      }
                    } else {
                      let err69 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                      vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                    }
                    var _valid0 = _errs53 === errors;
                    valid11 = _valid0, ifClause0 = "else";
                  }
                  if (!valid11) {
                    let err70 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.properties.defaults.properties.policy.properties.users.items.if, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items, data: data22 };
                    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                  }
                }
                let i7 = data21.length, j3;
                if (i7 > 1) {
                  outer0: for (; i7--; )
                    for (j3 = i7; j3--; )
                      if (func0(data21[i7], data21[j3])) {
                        let err71 = { instancePath: instancePath + "/defaults/policy/users", schemaPath: "#/properties/defaults/properties/policy/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.users, data: data21 };
                        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                        break outer0;
                      }
                }
              } else {
                let err72 = { instancePath: instancePath + "/defaults/policy/users", schemaPath: "#/properties/defaults/properties/policy/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.users.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users, data: data21 };
                vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
              }
            }
            if (data18.via_service !== void 0) {
              let data27 = data18.via_service;
              if (Array.isArray(data27)) {
                let len4 = data27.length;
                for (let i8 = 0; i8 < len4; i8++) {
                  let data28 = data27[i8];
                  if (typeof data28 == "string") {
                    if (!pattern11.test(data28)) {
                      let err73 = { instancePath: instancePath + "/defaults/policy/via_service/" + i8, schemaPath: "#/properties/defaults/properties/policy/properties/via_service/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema31.properties.defaults.properties.policy.properties.via_service.items, data: data28 };
                      vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                    }
                  } else {
                    let err74 = { instancePath: instancePath + "/defaults/policy/via_service/" + i8, schemaPath: "#/properties/defaults/properties/policy/properties/via_service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.via_service.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.via_service.items, data: data28 };
                    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                  }
                }
                let i9 = data27.length, j4;
                if (i9 > 1) {
                  let indices3 = {};
                  for (; i9--; ) {
                    let item3 = data27[i9];
                    if (typeof item3 == "string") {
                      if (typeof indices3[item3] == "number") {
                        j4 = indices3[item3];
                        let err75 = { instancePath: instancePath + "/defaults/policy/via_service", schemaPath: "#/properties/defaults/properties/policy/properties/via_service/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.via_service, data: data27 };
                        vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                        break;
                      }
                      indices3[item3] = i9;
                    }
                  }
                }
              } else {
                let err76 = { instancePath: instancePath + "/defaults/policy/via_service", schemaPath: "#/properties/defaults/properties/policy/properties/via_service/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.via_service.type, parentSchema: schema31.properties.defaults.properties.policy.properties.via_service, data: data27 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            }
            if (data18.encryption_context !== void 0) {
              let data29 = data18.encryption_context;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (Object.keys(data29).length > 32) {
                  let err77 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context, data: data29 };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
                for (let key7 in data29) {
                  let _errs70 = errors;
                  if (typeof key7 == "string") {
                    if (func2(key7) > 256) {
                      let err78 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.propertyNames, data: key7, propertyName: key7 };
                      vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                    }
                    if (func2(key7) < 1) {
                      let err79 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.propertyNames, data: key7, propertyName: key7 };
                      vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                    }
                  }
                  var valid23 = _errs70 === errors;
                  if (!valid23) {
                    let err80 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema31.properties.defaults.properties.policy.properties.encryption_context.propertyNames, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context, data: data29 };
                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                  }
                }
                for (let key8 in data29) {
                  let data30 = data29[key8];
                  if (typeof data30 == "string") {
                    if (func2(data30) > 256) {
                      let err81 = { instancePath: instancePath + "/defaults/policy/encryption_context/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.additionalProperties, data: data30 };
                      vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                    }
                  } else {
                    let err82 = { instancePath: instancePath + "/defaults/policy/encryption_context/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.encryption_context.additionalProperties.type, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.additionalProperties, data: data30 };
                    vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                  }
                }
              } else {
                let err83 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.encryption_context.type, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context, data: data29 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
            if (data18.cross_account !== void 0) {
              let data31 = data18.cross_account;
              if (Array.isArray(data31)) {
                let len5 = data31.length;
                for (let i10 = 0; i10 < len5; i10++) {
                  let data32 = data31[i10];
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.principal === void 0) {
                      let err84 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.required, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                      vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                    }
                    if (data32.actions === void 0) {
                      let err85 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.required, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                      vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                    }
                    for (let key9 in data32)
                      if (!(key9 === "principal" || key9 === "actions")) {
                        let err86 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                        vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                      }
                    if (data32.principal !== void 0) {
                      let data33 = data32.principal;
                      if (typeof data33 == "string") {
                        if (func2(data33) > 2048) {
                          let err87 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/principal", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal, data: data33 };
                          vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                        }
                        if (func2(data33) < 1) {
                          let err88 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/principal", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal, data: data33 };
                          vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                        }
                      } else {
                        let err89 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/principal", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal, data: data33 };
                        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                      }
                    }
                    if (data32.actions !== void 0) {
                      let data34 = data32.actions;
                      if (Array.isArray(data34)) {
                        if (data34.length < 1) {
                          let err90 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions, data: data34 };
                          vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                        }
                        let len6 = data34.length;
                        for (let i11 = 0; i11 < len6; i11++) {
                          let data35 = data34[i11];
                          if (typeof data35 == "string") {
                            if (!pattern10.test(data35)) {
                              let err91 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions/" + i11, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.items, data: data35 };
                              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                            }
                          } else {
                            let err92 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions/" + i11, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.items, data: data35 };
                            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                          }
                        }
                        let i12 = data34.length, j5;
                        if (i12 > 1) {
                          let indices4 = {};
                          for (; i12--; ) {
                            let item4 = data34[i12];
                            if (typeof item4 == "string") {
                              if (typeof indices4[item4] == "number") {
                                j5 = indices4[item4];
                                let err93 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions, data: data34 };
                                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                                break;
                              }
                              indices4[item4] = i12;
                            }
                          }
                        }
                      } else {
                        let err94 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions, data: data34 };
                        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                      }
                    }
                  } else {
                    let err95 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                    vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                  }
                }
              } else {
                let err96 = { instancePath: instancePath + "/defaults/policy/cross_account", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.cross_account.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account, data: data31 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            }
            if (data18.organization !== void 0) {
              let data36 = data18.organization, _errs86 = errors, valid31 = !0, _errs87 = errors;
              if (typeof data36 != "string") {
                let err97 = {};
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
              var _valid1 = _errs87 === errors;
              errors = _errs86, vErrors !== null && (_errs86 ? vErrors.length = _errs86 : vErrors = null);
              let ifClause1;
              if (_valid1) {
                let _errs89 = errors;
                if (typeof data36 == "string") {
                  if (!pattern13.test(data36)) {
                    let err98 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/then/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.then, data: data36 };
                    vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                  }
                } else {
                  let err99 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.then.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.then, data: data36 };
                  vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                }
                var _valid1 = _errs89 === errors;
                valid31 = _valid1, ifClause1 = "then";
              } else {
                let _errs91 = errors;
                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                  for (let key10 in data36)
                    if (!(key10 === "id" || key10 === "paths" || key10 === "actions")) {
                      let err100 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else, data: data36 };
                      vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                    }
                  if (data36.id !== void 0) {
                    let data37 = data36.id;
                    if (typeof data37 == "string") {
                      if (!pattern13.test(data37)) {
                        let err101 = { instancePath: instancePath + "/defaults/policy/organization/id", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/id/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.id, data: data37 };
                        vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                      }
                    } else {
                      let err102 = { instancePath: instancePath + "/defaults/policy/organization/id", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.id.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.id, data: data37 };
                      vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                    }
                  }
                  if (data36.paths !== void 0) {
                    let data38 = data36.paths;
                    if (Array.isArray(data38)) {
                      if (data38.length < 1) {
                        let err103 = { instancePath: instancePath + "/defaults/policy/organization/paths", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths, data: data38 };
                        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                      }
                      let len7 = data38.length;
                      for (let i13 = 0; i13 < len7; i13++) {
                        let data39 = data38[i13];
                        if (typeof data39 == "string") {
                          if (func2(data39) > 2048) {
                            let err104 = { instancePath: instancePath + "/defaults/policy/organization/paths/" + i13, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items, data: data39 };
                            vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                          }
                          if (!pattern15.test(data39)) {
                            let err105 = { instancePath: instancePath + "/defaults/policy/organization/paths/" + i13, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$"', schema: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items, data: data39 };
                            vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                          }
                        } else {
                          let err106 = { instancePath: instancePath + "/defaults/policy/organization/paths/" + i13, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items, data: data39 };
                          vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                        }
                      }
                      let i14 = data38.length, j6;
                      if (i14 > 1) {
                        let indices5 = {};
                        for (; i14--; ) {
                          let item5 = data38[i14];
                          if (typeof item5 == "string") {
                            if (typeof indices5[item5] == "number") {
                              j6 = indices5[item5];
                              let err107 = { instancePath: instancePath + "/defaults/policy/organization/paths", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths, data: data38 };
                              vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                              break;
                            }
                            indices5[item5] = i14;
                          }
                        }
                      }
                    } else {
                      let err108 = { instancePath: instancePath + "/defaults/policy/organization/paths", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths, data: data38 };
                      vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                    }
                  }
                  if (data36.actions !== void 0) {
                    let data40 = data36.actions;
                    if (Array.isArray(data40)) {
                      if (data40.length < 1) {
                        let err109 = { instancePath: instancePath + "/defaults/policy/organization/actions", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions, data: data40 };
                        vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                      }
                      let len8 = data40.length;
                      for (let i15 = 0; i15 < len8; i15++) {
                        let data41 = data40[i15];
                        if (typeof data41 == "string") {
                          if (!pattern10.test(data41)) {
                            let err110 = { instancePath: instancePath + "/defaults/policy/organization/actions/" + i15, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.items, data: data41 };
                            vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                          }
                        } else {
                          let err111 = { instancePath: instancePath + "/defaults/policy/organization/actions/" + i15, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.items, data: data41 };
                          vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                        }
                      }
                      let i16 = data40.length, j7;
                      if (i16 > 1) {
                        let indices6 = {};
                        for (; i16--; ) {
                          let item6 = data40[i16];
                          if (typeof item6 == "string") {
                            if (typeof indices6[item6] == "number") {
                              j7 = indices6[item6];
                              let err112 = { instancePath: instancePath + "/defaults/policy/organization/actions", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i16 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions, data: data40 };
                              vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                              break;
                            }
                            indices6[item6] = i16;
                          }
                        }
                      }
                    } else {
                      let err113 = { instancePath: instancePath + "/defaults/policy/organization/actions", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions, data: data40 };
                      vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                    }
                  }
                } else {
                  let err114 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.organization.else.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else, data: data36 };
                  vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                }
                var _valid1 = _errs91 === errors;
                valid31 = _valid1, ifClause1 = "else";
              }
              if (!valid31) {
                let err115 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema31.properties.defaults.properties.policy.properties.organization.if, parentSchema: schema31.properties.defaults.properties.policy.properties.organization, data: data36 };
                vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
              }
            }
            if (data18.require_mfa_for !== void 0) {
              let data42 = data18.require_mfa_for;
              if (Array.isArray(data42)) {
                let len9 = data42.length;
                for (let i17 = 0; i17 < len9; i17++) {
                  let data43 = data42[i17];
                  if (typeof data43 == "string") {
                    if (!pattern10.test(data43)) {
                      let err116 = { instancePath: instancePath + "/defaults/policy/require_mfa_for/" + i17, schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.items, data: data43 };
                      vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                    }
                  } else {
                    let err117 = { instancePath: instancePath + "/defaults/policy/require_mfa_for/" + i17, schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.items, data: data43 };
                    vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                  }
                }
                let i18 = data42.length, j8;
                if (i18 > 1) {
                  let indices7 = {};
                  for (; i18--; ) {
                    let item7 = data42[i18];
                    if (typeof item7 == "string") {
                      if (typeof indices7[item7] == "number") {
                        j8 = indices7[item7];
                        let err118 = { instancePath: instancePath + "/defaults/policy/require_mfa_for", schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i18 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for, data: data42 };
                        vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                        break;
                      }
                      indices7[item7] = i18;
                    }
                  }
                }
              } else {
                let err119 = { instancePath: instancePath + "/defaults/policy/require_mfa_for", schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.type, parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for, data: data42 };
                vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
              }
            }
            if (data18.services !== void 0) {
              let data44 = data18.services;
              if (Array.isArray(data44)) {
                if (data44.length > 32) {
                  let err120 = { instancePath: instancePath + "/defaults/policy/services", schemaPath: "#/properties/defaults/properties/policy/properties/services/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.defaults.properties.policy.properties.services, data: data44 };
                  vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                }
                let len10 = data44.length;
                for (let i19 = 0; i19 < len10; i19++) {
                  let data45 = data44[i19];
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    if (data45.service === void 0) {
                      let err121 = { instancePath: instancePath + "/defaults/policy/services/" + i19, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.defaults.properties.policy.properties.services.items.required, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items, data: data45 };
                      vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                    }
                    for (let key11 in data45)
                      if (!(key11 === "service" || key11 === "trails" || key11 === "log_groups" || key11 === "source_arns" || key11 === "role_suffix")) {
                        let err122 = { instancePath: instancePath + "/defaults/policy/services/" + i19, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items, data: data45 };
                        vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                      }
                    if (data45.service !== void 0) {
                      let data46 = data45.service;
                      if (!(data46 === "autoscaling" || data46 === "cloudtrail" || data46 === "cloudwatch" || data46 === "config" || data46 === "events" || data46 === "guardduty" || data46 === "logs" || data46 === "route53-dnssec" || data46 === "s3" || data46 === "ses" || data46 === "sns")) {
                        let err123 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/service", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/service/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.policy.properties.services.items.properties.service.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.service.enum, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.service, data: data46 };
                        vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                      }
                    }
                    if (data45.trails !== void 0) {
                      let data47 = data45.trails;
                      if (Array.isArray(data47)) {
                        if (data47.length > 100) {
                          let err124 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                          vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                        }
                        if (data47.length < 1) {
                          let err125 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                          vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                        }
                        let len11 = data47.length;
                        for (let i20 = 0; i20 < len11; i20++) {
                          let data48 = data47[i20];
                          if (typeof data48 == "string") {
                            if (func2(data48) > 2048) {
                              let err126 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails/" + i20, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items, data: data48 };
                              vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                            }
                            if (!pattern18.test(data48)) {
                              let err127 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails/" + i20, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/items/pattern", keyword: "pattern", params: { pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$" }, message: 'must match pattern "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$"', schema: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items, data: data48 };
                              vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                            }
                          } else {
                            let err128 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails/" + i20, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items, data: data48 };
                            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                          }
                        }
                        let i21 = data47.length, j9;
                        if (i21 > 1) {
                          let indices8 = {};
                          for (; i21--; ) {
                            let item8 = data47[i21];
                            if (typeof item8 == "string") {
                              if (typeof indices8[item8] == "number") {
                                j9 = indices8[item8];
                                let err129 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i21 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                                vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                                break;
                              }
                              indices8[item8] = i21;
                            }
                          }
                        }
                      } else {
                        let err130 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                        vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                      }
                    }
                    if (data45.log_groups !== void 0) {
                      let data49 = data45.log_groups;
                      if (Array.isArray(data49)) {
                        if (data49.length > 100) {
                          let err131 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                          vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                        }
                        if (data49.length < 1) {
                          let err132 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                          vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                        }
                        let len12 = data49.length;
                        for (let i22 = 0; i22 < len12; i22++) {
                          let data50 = data49[i22];
                          if (typeof data50 == "string") {
                            if (!pattern19.test(data50)) {
                              let err133 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups/" + i22, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/items/pattern", keyword: "pattern", params: { pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$" }, message: 'must match pattern "^[.\\-_/#A-Za-z0-9]{1,512}$"', schema: "^[.\\-_/#A-Za-z0-9]{1,512}$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.items, data: data50 };
                              vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                            }
                          } else {
                            let err134 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups/" + i22, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.items, data: data50 };
                            vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                          }
                        }
                        let i23 = data49.length, j10;
                        if (i23 > 1) {
                          let indices9 = {};
                          for (; i23--; ) {
                            let item9 = data49[i23];
                            if (typeof item9 == "string") {
                              if (typeof indices9[item9] == "number") {
                                j10 = indices9[item9];
                                let err135 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i23 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                                vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                                break;
                              }
                              indices9[item9] = i23;
                            }
                          }
                        }
                      } else {
                        let err136 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                        vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                      }
                    }
                    if (data45.source_arns !== void 0) {
                      let data51 = data45.source_arns;
                      if (Array.isArray(data51)) {
                        if (data51.length > 100) {
                          let err137 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                          vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                        }
                        if (data51.length < 1) {
                          let err138 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                          vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                        }
                        let len13 = data51.length;
                        for (let i24 = 0; i24 < len13; i24++) {
                          let data52 = data51[i24];
                          if (typeof data52 == "string") {
                            if (func2(data52) > 2048) {
                              let err139 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns/" + i24, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items, data: data52 };
                              vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                            }
                            if (!pattern20.test(data52)) {
                              let err140 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns/" + i24, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/items/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items, data: data52 };
                              vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                            }
                          } else {
                            let err141 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns/" + i24, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items, data: data52 };
                            vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
                          }
                        }
                        let i25 = data51.length, j11;
                        if (i25 > 1) {
                          let indices10 = {};
                          for (; i25--; ) {
                            let item10 = data51[i25];
                            if (typeof item10 == "string") {
                              if (typeof indices10[item10] == "number") {
                                j11 = indices10[item10];
                                let err142 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i25 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                                vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                                break;
                              }
                              indices10[item10] = i25;
                            }
                          }
                        }
                      } else {
                        let err143 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                        vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                      }
                    }
                    if (data45.role_suffix !== void 0) {
                      let data53 = data45.role_suffix;
                      if (typeof data53 == "string") {
                        if (!pattern21.test(data53)) {
                          let err144 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/role_suffix", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/role_suffix/pattern", keyword: "pattern", params: { pattern: "^[\\w+=,.@-]{1,64}$" }, message: 'must match pattern "^[\\w+=,.@-]{1,64}$"', schema: "^[\\w+=,.@-]{1,64}$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.role_suffix, data: data53 };
                          vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                        }
                      } else {
                        let err145 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/role_suffix", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/role_suffix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.role_suffix.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.role_suffix, data: data53 };
                        vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                      }
                    }
                  } else {
                    let err146 = { instancePath: instancePath + "/defaults/policy/services/" + i19, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.services.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items, data: data45 };
                    vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
                  }
                }
                let i26 = data44.length, j12;
                if (i26 > 1) {
                  outer1: for (; i26--; )
                    for (j12 = i26; j12--; )
                      if (func0(data44[i26], data44[j12])) {
                        let err147 = { instancePath: instancePath + "/defaults/policy/services", schemaPath: "#/properties/defaults/properties/policy/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i26 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services, data: data44 };
                        vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                        break outer1;
                      }
                }
              } else {
                let err148 = { instancePath: instancePath + "/defaults/policy/services", schemaPath: "#/properties/defaults/properties/policy/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services, data: data44 };
                vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
              }
            }
            if (data18.extra_statements !== void 0) {
              let data54 = data18.extra_statements;
              if (Array.isArray(data54)) {
                if (data54.length < 1) {
                  let err149 = { instancePath: instancePath + "/defaults/policy/extra_statements", schemaPath: "#/properties/defaults/properties/policy/properties/extra_statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.extra_statements, data: data54 };
                  vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                }
                let len14 = data54.length;
                for (let i27 = 0; i27 < len14; i27++) {
                  let data55 = data54[i27];
                  if (!(data55 && typeof data55 == "object" && !Array.isArray(data55))) {
                    let err150 = { instancePath: instancePath + "/defaults/policy/extra_statements/" + i27, schemaPath: "#/properties/defaults/properties/policy/properties/extra_statements/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.extra_statements.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.extra_statements.items, data: data55 };
                    vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                  }
                }
              } else {
                let err151 = { instancePath: instancePath + "/defaults/policy/extra_statements", schemaPath: "#/properties/defaults/properties/policy/properties/extra_statements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.extra_statements.type, parentSchema: schema31.properties.defaults.properties.policy.properties.extra_statements, data: data54 };
                vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
              }
            }
          } else {
            let err152 = { instancePath: instancePath + "/defaults/policy", schemaPath: "#/properties/defaults/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.type, parentSchema: schema31.properties.defaults.properties.policy, data: data18 };
            vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
          }
        }
        if (data1.keep_grants !== void 0) {
          let data56 = data1.keep_grants;
          if (Array.isArray(data56)) {
            if (data56.length > 100) {
              let err153 = { instancePath: instancePath + "/defaults/keep_grants", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema32, data: data56 };
              vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
            }
            let len15 = data56.length;
            for (let i28 = 0; i28 < len15; i28++) {
              let data57 = data56[i28];
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.grantee === void 0) {
                  let err154 = { instancePath: instancePath + "/defaults/keep_grants/" + i28, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/required", keyword: "required", params: { missingProperty: "grantee" }, message: "must have required property 'grantee'", schema: schema32.items.required, parentSchema: schema32.items, data: data57 };
                  vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
                }
                if (data57.reason === void 0) {
                  let err155 = { instancePath: instancePath + "/defaults/keep_grants/" + i28, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema32.items.required, parentSchema: schema32.items, data: data57 };
                  vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
                }
                for (let key12 in data57)
                  if (!(key12 === "grantee" || key12 === "reason")) {
                    let err156 = { instancePath: instancePath + "/defaults/keep_grants/" + i28, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema32.items, data: data57 };
                    vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                  }
                if (data57.grantee !== void 0) {
                  let data58 = data57.grantee;
                  if (typeof data58 == "string") {
                    if (func2(data58) > 2048) {
                      let err157 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema32.items.properties.grantee, data: data58 };
                      vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                    }
                    if (func2(data58) < 1) {
                      let err158 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.items.properties.grantee, data: data58 };
                      vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
                    }
                    if (!pattern22.test(data58)) {
                      let err159 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/pattern", keyword: "pattern", params: { pattern: "^[^*?\\s]+$" }, message: 'must match pattern "^[^*?\\s]+$"', schema: "^[^*?\\s]+$", parentSchema: schema32.items.properties.grantee, data: data58 };
                      vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
                    }
                  } else {
                    let err160 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.items.properties.grantee.type, parentSchema: schema32.items.properties.grantee, data: data58 };
                    vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                  }
                }
                if (data57.reason !== void 0) {
                  let data59 = data57.reason;
                  if (typeof data59 == "string") {
                    if (func2(data59) > 1024) {
                      let err161 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema32.items.properties.reason, data: data59 };
                      vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                    }
                    if (func2(data59) < 1) {
                      let err162 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.items.properties.reason, data: data59 };
                      vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                    }
                    if (!pattern23.test(data59)) {
                      let err163 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema32.items.properties.reason, data: data59 };
                      vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                    }
                  } else {
                    let err164 = { instancePath: instancePath + "/defaults/keep_grants/" + i28 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.items.properties.reason.type, parentSchema: schema32.items.properties.reason, data: data59 };
                    vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
                  }
                }
              } else {
                let err165 = { instancePath: instancePath + "/defaults/keep_grants/" + i28, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.items.type, parentSchema: schema32.items, data: data57 };
                vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
              }
            }
          } else {
            let err166 = { instancePath: instancePath + "/defaults/keep_grants", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.type, parentSchema: schema32, data: data56 };
            vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
          }
        }
      } else {
        let err167 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.type, parentSchema: schema31.properties.defaults, data: data1 };
        vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
      }
    }
    if (data.accounts !== void 0) {
      let data60 = data.accounts;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        for (let key13 in data60) {
          let _errs144 = errors;
          if (typeof key13 == "string") {
            if (func2(key13) > 64) {
              let err168 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.accounts.propertyNames, data: key13, propertyName: key13 };
              vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
            }
            if (!pattern24.test(key13)) {
              let err169 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$", parentSchema: schema31.properties.accounts.propertyNames, data: key13, propertyName: key13 };
              vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
            }
          }
          var valid61 = _errs144 === errors;
          if (!valid61) {
            let err170 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/propertyNames", keyword: "propertyNames", params: { propertyName: key13 }, message: "property name must be valid", schema: schema31.properties.accounts.propertyNames, parentSchema: schema31.properties.accounts, data: data60 };
            vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
          }
        }
        for (let key14 in data60) {
          let data61 = data60[key14];
          if (typeof data61 == "string") {
            if (!pattern25.test(data61)) {
              let err171 = { instancePath: instancePath + "/accounts/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema31.properties.accounts.additionalProperties, data: data61 };
              vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
            }
          } else {
            let err172 = { instancePath: instancePath + "/accounts/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.accounts.additionalProperties.type, parentSchema: schema31.properties.accounts.additionalProperties, data: data61 };
            vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
          }
        }
      } else {
        let err173 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.accounts.type, parentSchema: schema31.properties.accounts, data: data60 };
        vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
      }
    }
    if (data.principals !== void 0) {
      let data62 = data.principals;
      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
        for (let key15 in data62) {
          let _errs150 = errors;
          if (typeof key15 == "string") {
            if (func2(key15) > 64) {
              let err174 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.principals.propertyNames, data: key15, propertyName: key15 };
              vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
            }
            if (!pattern26.test(key15)) {
              let err175 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?![a-zA-Z0-9_.-]*\\.amazonaws\\.com(\\.cn)?$)[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^(?![a-zA-Z0-9_.-]*\\.amazonaws\\.com(\\.cn)?$)[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^(?![a-zA-Z0-9_.-]*\\.amazonaws\\.com(\\.cn)?$)[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.principals.propertyNames, data: key15, propertyName: key15 };
              vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
            }
          }
          var valid63 = _errs150 === errors;
          if (!valid63) {
            let err176 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/propertyNames", keyword: "propertyNames", params: { propertyName: key15 }, message: "property name must be valid", schema: schema31.properties.principals.propertyNames, parentSchema: schema31.properties.principals, data: data62 };
            vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
          }
        }
        for (let key16 in data62) {
          let data63 = data62[key16];
          if (typeof data63 == "string") {
            if (!pattern27.test(data63)) {
              let err177 = { instancePath: instancePath + "/principals/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/principals/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$" }, message: 'must match pattern "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$"', schema: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$", parentSchema: schema31.properties.principals.additionalProperties, data: data63 };
              vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
            }
          } else {
            let err178 = { instancePath: instancePath + "/principals/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/principals/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.principals.additionalProperties.type, parentSchema: schema31.properties.principals.additionalProperties, data: data63 };
            vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
          }
        }
      } else {
        let err179 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.principals.type, parentSchema: schema31.properties.principals, data: data62 };
        vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
      }
    }
    if (data.lint !== void 0) {
      let data64 = data.lint;
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        for (let key17 in data64)
          if (!(key17 === "rules" || key17 === "environments")) {
            let err180 = { instancePath: instancePath + "/lint", schemaPath: "#/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.lint, data: data64 };
            vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
          }
        if (data64.rules !== void 0) {
          let data65 = data64.rules;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            for (let key18 in data65) {
              let _errs159 = errors;
              if (!(key18 === "public-principal" || key18 === "no-root-backstop" || key18 === "admin-user-overlap" || key18 === "wildcard-action" || key18 === "missing-mfa-guard" || key18 === "cross-account-access" || key18 === "missing-encryption-context" || key18 === "unscoped-service-principal" || key18 === "invalid-policy" || key18 === "aws-managed-key" || key18 === "shared-key" || key18 === "rotation-disabled" || key18 === "rotation-period" || key18 === "deletion-window" || key18 === "required-tags" || key18 === "alias-naming" || key18 === "alias-environment-mismatch" || key18 === "compliance-isolation" || key18 === "policy-lockout-bypass")) {
                let err181 = { instancePath: instancePath + "/lint/rules", schemaPath: "#/properties/lint/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.rules.propertyNames.enum, parentSchema: schema31.properties.lint.properties.rules.propertyNames, data: key18, propertyName: key18 };
                vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
              }
              var valid66 = _errs159 === errors;
              if (!valid66) {
                let err182 = { instancePath: instancePath + "/lint/rules", schemaPath: "#/properties/lint/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key18 }, message: "property name must be valid", schema: schema31.properties.lint.properties.rules.propertyNames, parentSchema: schema31.properties.lint.properties.rules, data: data65 };
                vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
              }
            }
            for (let key19 in data65) {
              let data66 = data65[key19];
              if (!(data66 === "off" || data66 === "notice" || data66 === "warning" || data66 === "error")) {
                let err183 = { instancePath: instancePath + "/lint/rules/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.rules.additionalProperties.enum, parentSchema: schema31.properties.lint.properties.rules.additionalProperties, data: data66 };
                vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
              }
            }
          } else {
            let err184 = { instancePath: instancePath + "/lint/rules", schemaPath: "#/properties/lint/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.rules.type, parentSchema: schema31.properties.lint.properties.rules, data: data65 };
            vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
          }
        }
        if (data64.environments !== void 0) {
          let data67 = data64.environments;
          if (data67 && typeof data67 == "object" && !Array.isArray(data67))
            for (let key20 in data67) {
              let data68 = data67[key20];
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                for (let key21 in data68)
                  if (key21 !== "rules") {
                    let err185 = { instancePath: instancePath + "/lint/environments/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.lint.properties.environments.additionalProperties, data: data68 };
                    vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
                  }
                if (data68.rules !== void 0) {
                  let data69 = data68.rules;
                  if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                    for (let key22 in data69) {
                      let _errs170 = errors;
                      if (!(key22 === "public-principal" || key22 === "no-root-backstop" || key22 === "admin-user-overlap" || key22 === "wildcard-action" || key22 === "missing-mfa-guard" || key22 === "cross-account-access" || key22 === "missing-encryption-context" || key22 === "unscoped-service-principal" || key22 === "invalid-policy" || key22 === "aws-managed-key" || key22 === "shared-key" || key22 === "rotation-disabled" || key22 === "rotation-period" || key22 === "deletion-window" || key22 === "required-tags" || key22 === "alias-naming" || key22 === "alias-environment-mismatch" || key22 === "compliance-isolation" || key22 === "policy-lockout-bypass")) {
                        let err186 = { instancePath: instancePath + "/lint/environments/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules", schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames.enum, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames, data: key22, propertyName: key22 };
                        vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
                      }
                      var valid70 = _errs170 === errors;
                      if (!valid70) {
                        let err187 = { instancePath: instancePath + "/lint/environments/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules", schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key22 }, message: "property name must be valid", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules, data: data69 };
                        vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
                      }
                    }
                    for (let key23 in data69) {
                      let data70 = data69[key23];
                      if (!(data70 === "off" || data70 === "notice" || data70 === "warning" || data70 === "error")) {
                        let err188 = { instancePath: instancePath + "/lint/environments/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.additionalProperties.enum, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.additionalProperties, data: data70 };
                        vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                      }
                    }
                  } else {
                    let err189 = { instancePath: instancePath + "/lint/environments/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules", schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.type, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules, data: data69 };
                    vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
                  }
                }
              } else {
                let err190 = { instancePath: instancePath + "/lint/environments/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.environments.additionalProperties.type, parentSchema: schema31.properties.lint.properties.environments.additionalProperties, data: data68 };
                vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
              }
            }
          else {
            let err191 = { instancePath: instancePath + "/lint/environments", schemaPath: "#/properties/lint/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.environments.type, parentSchema: schema31.properties.lint.properties.environments, data: data67 };
            vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
          }
        }
      } else {
        let err192 = { instancePath: instancePath + "/lint", schemaPath: "#/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.type, parentSchema: schema31.properties.lint, data: data64 };
        vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
      }
    }
    if (data.key_templates !== void 0) {
      let data71 = data.key_templates;
      if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
        if (Object.keys(data71).length > 100) {
          let err193 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema31.properties.key_templates, data: data71 };
          vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
        }
        for (let key24 in data71) {
          let _errs175 = errors;
          if (typeof key24 == "string") {
            if (func2(key24) > 128) {
              let err194 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.key_templates.propertyNames, data: key24, propertyName: key24 };
              vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
            }
            if (!pattern5.test(key24)) {
              let err195 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.key_templates.propertyNames, data: key24, propertyName: key24 };
              vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
            }
          }
          var valid72 = _errs175 === errors;
          if (!valid72) {
            let err196 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/propertyNames", keyword: "propertyNames", params: { propertyName: key24 }, message: "property name must be valid", schema: schema31.properties.key_templates.propertyNames, parentSchema: schema31.properties.key_templates, data: data71 };
            vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
          }
        }
        for (let key25 in data71) {
          let data72 = data71[key25];
          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
            if (data72.for_each === void 0) {
              let err197 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/required", keyword: "required", params: { missingProperty: "for_each" }, message: "must have required property 'for_each'", schema: schema31.properties.key_templates.additionalProperties.required, parentSchema: schema31.properties.key_templates.additionalProperties, data: data72 };
              vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
            }
            if (data72.name === void 0) {
              let err198 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.key_templates.additionalProperties.required, parentSchema: schema31.properties.key_templates.additionalProperties, data: data72 };
              vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
            }
            if (data72.key === void 0) {
              let err199 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema31.properties.key_templates.additionalProperties.required, parentSchema: schema31.properties.key_templates.additionalProperties, data: data72 };
              vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
            }
            for (let key26 in data72)
              if (!(key26 === "for_each" || key26 === "name" || key26 === "key")) {
                let err200 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.key_templates.additionalProperties, data: data72 };
                vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
              }
            if (data72.for_each !== void 0) {
              let data73 = data72.for_each;
              if (!data73 || typeof data73 != "object") {
                let err201 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/type", keyword: "type", params: { type: schema31.properties.key_templates.additionalProperties.properties.for_each.type }, message: "must be array,object", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data73 };
                vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
              }
              if (Array.isArray(data73)) {
                if (data73.length > 5e3) {
                  let err202 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/maxItems", keyword: "maxItems", params: { limit: 5e3 }, message: "must NOT have more than 5000 items", schema: 5e3, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data73 };
                  vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
                }
                if (data73.length < 1) {
                  let err203 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data73 };
                  vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
                }
                let len16 = data73.length;
                for (let i29 = 0; i29 < len16; i29++) {
                  let data74 = data73[i29];
                  if (typeof data74 == "string") {
                    if (func2(data74) > 64) {
                      let err204 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + i29, schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.items, data: data74 };
                      vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
                    }
                    if (!pattern5.test(data74)) {
                      let err205 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + i29, schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.items, data: data74 };
                      vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
                    }
                  } else {
                    let err206 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + i29, schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.items.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.items, data: data74 };
                    vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
                  }
                }
                let i30 = data73.length, j13;
                if (i30 > 1) {
                  let indices11 = {};
                  for (; i30--; ) {
                    let item11 = data73[i30];
                    if (typeof item11 == "string") {
                      if (typeof indices11[item11] == "number") {
                        j13 = indices11[item11];
                        let err207 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/uniqueItems", keyword: "uniqueItems", params: { i: i30, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i30 + " are identical)", schema: !0, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data73 };
                        vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
                        break;
                      }
                      indices11[item11] = i30;
                    }
                  }
                }
              }
              if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                if (Object.keys(data73).length > 5e3) {
                  let err208 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/maxProperties", keyword: "maxProperties", params: { limit: 5e3 }, message: "must NOT have more than 5000 properties", schema: 5e3, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data73 };
                  vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
                }
                if (Object.keys(data73).length < 1) {
                  let err209 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data73 };
                  vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
                }
                for (let key27 in data73) {
                  let _errs184 = errors;
                  if (typeof key27 == "string") {
                    if (func2(key27) > 64) {
                      let err210 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.propertyNames, data: key27, propertyName: key27 };
                      vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
                    }
                    if (!pattern5.test(key27)) {
                      let err211 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.propertyNames, data: key27, propertyName: key27 };
                      vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                    }
                  }
                  var valid78 = _errs184 === errors;
                  if (!valid78) {
                    let err212 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/propertyNames", keyword: "propertyNames", params: { propertyName: key27 }, message: "property name must be valid", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.propertyNames, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data73 };
                    vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
                  }
                }
                for (let key28 in data73) {
                  let data75 = data73[key28];
                  if (typeof data75 == "string") {
                    if (func2(data75) > 256) {
                      let err213 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.additionalProperties, data: data75 };
                      vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
                    }
                  } else {
                    let err214 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.additionalProperties.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.additionalProperties, data: data75 };
                    vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
                  }
                }
              }
            }
            if (data72.name !== void 0) {
              let data76 = data72.name;
              if (typeof data76 == "string") {
                if (func2(data76) > 128) {
                  let err215 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data76 };
                  vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
                }
                if (func2(data76) < 1) {
                  let err216 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data76 };
                  vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
                }
                if (!pattern31.test(data76)) {
                  let err217 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/pattern", keyword: "pattern", params: { pattern: "\\$\\{each\\.key\\}" }, message: 'must match pattern "\\$\\{each\\.key\\}"', schema: "\\$\\{each\\.key\\}", parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data76 };
                  vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
                }
              } else {
                let err218 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key_templates.additionalProperties.properties.name.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data76 };
                vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
              }
            }
            if (data72.key !== void 0) {
              let data77 = data72.key;
              if (!(data77 && typeof data77 == "object" && !Array.isArray(data77))) {
                let err219 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1") + "/key", schemaPath: "#/properties/key_templates/additionalProperties/properties/key/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.key_templates.additionalProperties.properties.key.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.key, data: data77 };
                vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
              }
            }
          } else {
            let err220 = { instancePath: instancePath + "/key_templates/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.key_templates.additionalProperties.type, parentSchema: schema31.properties.key_templates.additionalProperties, data: data72 };
            vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
          }
        }
      } else {
        let err221 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.key_templates.type, parentSchema: schema31.properties.key_templates, data: data71 };
        vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
      }
    }
    if (data.keys !== void 0) {
      let data78 = data.keys;
      if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
        if (Object.keys(data78).length > 5e3) {
          let err222 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/maxProperties", keyword: "maxProperties", params: { limit: 5e3 }, message: "must NOT have more than 5000 properties", schema: 5e3, parentSchema: schema31.properties.keys, data: data78 };
          vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
        }
        if (Object.keys(data78).length < 1) {
          let err223 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.keys, data: data78 };
          vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
        }
        for (let key29 in data78) {
          let _errs194 = errors;
          if (typeof key29 == "string") {
            if (func2(key29) > 128) {
              let err224 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.keys.propertyNames, data: key29, propertyName: key29 };
              vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
            }
            if (!pattern5.test(key29)) {
              let err225 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.propertyNames, data: key29, propertyName: key29 };
              vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
            }
          }
          var valid80 = _errs194 === errors;
          if (!valid80) {
            let err226 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/propertyNames", keyword: "propertyNames", params: { propertyName: key29 }, message: "property name must be valid", schema: schema31.properties.keys.propertyNames, parentSchema: schema31.properties.keys, data: data78 };
            vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
          }
        }
        for (let key30 in data78) {
          let data79 = data78[key30];
          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
            for (let key31 in data79)
              if (!func1.call(schema31.properties.keys.additionalProperties.properties, key31)) {
                let err227 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties, data: data79 };
                vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
              }
            if (data79.adopt !== void 0) {
              let data80 = data79.adopt;
              if (typeof data80 == "string") {
                if (!pattern33.test(data80)) {
                  let err228 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/adopt", schemaPath: "#/properties/keys/additionalProperties/properties/adopt/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", parentSchema: schema31.properties.keys.additionalProperties.properties.adopt, data: data80 };
                  vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
                }
              } else {
                let err229 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/adopt", schemaPath: "#/properties/keys/additionalProperties/properties/adopt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.adopt.type, parentSchema: schema31.properties.keys.additionalProperties.properties.adopt, data: data80 };
                vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
              }
            }
            if (data79.moved_from !== void 0) {
              let data81 = data79.moved_from;
              if (typeof data81 == "string") {
                if (func2(data81) > 128) {
                  let err230 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/moved_from", schemaPath: "#/properties/keys/additionalProperties/properties/moved_from/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.keys.additionalProperties.properties.moved_from, data: data81 };
                  vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
                }
                if (!pattern5.test(data81)) {
                  let err231 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/moved_from", schemaPath: "#/properties/keys/additionalProperties/properties/moved_from/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.moved_from, data: data81 };
                  vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
                }
              } else {
                let err232 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/moved_from", schemaPath: "#/properties/keys/additionalProperties/properties/moved_from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.moved_from.type, parentSchema: schema31.properties.keys.additionalProperties.properties.moved_from, data: data81 };
                vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
              }
            }
            if (data79.account !== void 0) {
              let data82 = data79.account;
              if (typeof data82 == "string") {
                if (func2(data82) < 1) {
                  let err233 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/account", schemaPath: "#/properties/keys/additionalProperties/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.account, data: data82 };
                  vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
                }
              } else {
                let err234 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/account", schemaPath: "#/properties/keys/additionalProperties/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.account.type, parentSchema: schema31.properties.keys.additionalProperties.properties.account, data: data82 };
                vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++;
              }
            }
            if (data79.region !== void 0) {
              let data83 = data79.region;
              if (typeof data83 == "string") {
                if (!pattern4.test(data83)) {
                  let err235 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/keys/additionalProperties/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"', schema: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", parentSchema: schema31.properties.keys.additionalProperties.properties.region, data: data83 };
                  vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
                }
              } else {
                let err236 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/keys/additionalProperties/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.region.type, parentSchema: schema31.properties.keys.additionalProperties.properties.region, data: data83 };
                vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
              }
            }
            if (data79.environment !== void 0) {
              let data84 = data79.environment;
              if (typeof data84 == "string") {
                if (func2(data84) > 64) {
                  let err237 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data84 };
                  vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
                }
                if (func2(data84) < 1) {
                  let err238 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data84 };
                  vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
                }
                if (!pattern5.test(data84)) {
                  let err239 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data84 };
                  vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++;
                }
              } else {
                let err240 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.environment.type, parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data84 };
                vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
              }
            }
            if (data79.service !== void 0) {
              let data85 = data79.service;
              if (typeof data85 == "string") {
                if (func2(data85) > 64) {
                  let err241 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data85 };
                  vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++;
                }
                if (func2(data85) < 1) {
                  let err242 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data85 };
                  vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
                }
                if (!pattern5.test(data85)) {
                  let err243 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data85 };
                  vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
                }
              } else {
                let err244 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.service.type, parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data85 };
                vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
              }
            }
            if (data79.compliance !== void 0) {
              let data86 = data79.compliance;
              if (typeof data86 == "string") {
                if (func2(data86) > 64) {
                  let err245 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data86 };
                  vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
                }
                if (func2(data86) < 1) {
                  let err246 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data86 };
                  vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
                }
                if (!pattern5.test(data86)) {
                  let err247 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data86 };
                  vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
                }
              } else {
                let err248 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.compliance.type, parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data86 };
                vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
              }
            }
            if (data79.description !== void 0) {
              let data87 = data79.description;
              if (typeof data87 == "string") {
                if (func2(data87) > 8192) {
                  let err249 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/keys/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters", schema: 8192, parentSchema: schema31.properties.keys.additionalProperties.properties.description, data: data87 };
                  vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++;
                }
              } else {
                let err250 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/keys/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.description.type, parentSchema: schema31.properties.keys.additionalProperties.properties.description, data: data87 };
                vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++;
              }
            }
            if (data79.rotation !== void 0) {
              let data88 = data79.rotation;
              if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                for (let key32 in data88)
                  if (!(key32 === "enabled" || key32 === "period_in_days")) {
                    let err251 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation, data: data88 };
                    vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++;
                  }
                if (data88.enabled !== void 0) {
                  let data89 = data88.enabled;
                  if (typeof data89 != "boolean") {
                    let err252 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/enabled", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.keys.additionalProperties.properties.rotation.properties.enabled.type, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.enabled, data: data89 };
                    vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
                  }
                }
                if (data88.period_in_days !== void 0) {
                  let data90 = data88.period_in_days;
                  if (!(typeof data90 == "number" && !(data90 % 1) && !isNaN(data90) && isFinite(data90))) {
                    let err253 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/period_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/period_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days.type, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days, data: data90 };
                    vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
                  }
                  if (typeof data90 == "number" && isFinite(data90)) {
                    if (data90 > 2560 || isNaN(data90)) {
                      let err254 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/period_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/period_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2560 }, message: "must be <= 2560", schema: 2560, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days, data: data90 };
                      vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
                    }
                    if (data90 < 90 || isNaN(data90)) {
                      let err255 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/period_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/period_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 90 }, message: "must be >= 90", schema: 90, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days, data: data90 };
                      vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
                    }
                  }
                }
              } else {
                let err256 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.rotation.type, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation, data: data88 };
                vErrors === null ? vErrors = [err256] : vErrors.push(err256), errors++;
              }
            }
            if (data79.aliases !== void 0) {
              let data91 = data79.aliases;
              if (Array.isArray(data91)) {
                let len17 = data91.length;
                for (let i31 = 0; i31 < len17; i31++) {
                  let data92 = data91[i31];
                  if (typeof data92 == "string") {
                    if (func2(data92) > 256) {
                      let err257 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i31, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases.items, data: data92 };
                      vErrors === null ? vErrors = [err257] : vErrors.push(err257), errors++;
                    }
                    if (!pattern39.test(data92)) {
                      let err258 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i31, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/pattern", keyword: "pattern", params: { pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$" }, message: 'must match pattern "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$"', schema: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.aliases.items, data: data92 };
                      vErrors === null ? vErrors = [err258] : vErrors.push(err258), errors++;
                    }
                  } else {
                    let err259 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i31, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.aliases.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases.items, data: data92 };
                    vErrors === null ? vErrors = [err259] : vErrors.push(err259), errors++;
                  }
                }
                let i32 = data91.length, j14;
                if (i32 > 1) {
                  let indices12 = {};
                  for (; i32--; ) {
                    let item12 = data91[i32];
                    if (typeof item12 == "string") {
                      if (typeof indices12[item12] == "number") {
                        j14 = indices12[item12];
                        let err260 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/properties/keys/additionalProperties/properties/aliases/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i32 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases, data: data91 };
                        vErrors === null ? vErrors = [err260] : vErrors.push(err260), errors++;
                        break;
                      }
                      indices12[item12] = i32;
                    }
                  }
                }
              } else {
                let err261 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/properties/keys/additionalProperties/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.aliases.type, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases, data: data91 };
                vErrors === null ? vErrors = [err261] : vErrors.push(err261), errors++;
              }
            }
            if (data79.state !== void 0) {
              let data93 = data79.state;
              if (!(data93 === "enabled" || data93 === "disabled" || data93 === "pending_deletion")) {
                let err262 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/state", schemaPath: "#/properties/keys/additionalProperties/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.state.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.state, data: data93 };
                vErrors === null ? vErrors = [err262] : vErrors.push(err262), errors++;
              }
            }
            if (data79.deletion_window_in_days !== void 0) {
              let data94 = data79.deletion_window_in_days;
              if (!(typeof data94 == "number" && !(data94 % 1) && !isNaN(data94) && isFinite(data94))) {
                let err263 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days.type, parentSchema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days, data: data94 };
                vErrors === null ? vErrors = [err263] : vErrors.push(err263), errors++;
              }
              if (typeof data94 == "number" && isFinite(data94)) {
                if (data94 > 30 || isNaN(data94)) {
                  let err264 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days, data: data94 };
                  vErrors === null ? vErrors = [err264] : vErrors.push(err264), errors++;
                }
                if (data94 < 7 || isNaN(data94)) {
                  let err265 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 7 }, message: "must be >= 7", schema: 7, parentSchema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days, data: data94 };
                  vErrors === null ? vErrors = [err265] : vErrors.push(err265), errors++;
                }
              }
            }
            if (data79.tags !== void 0) {
              let data95 = data79.tags;
              if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                if (Object.keys(data95).length > 50) {
                  let err266 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema31.properties.keys.additionalProperties.properties.tags, data: data95 };
                  vErrors === null ? vErrors = [err266] : vErrors.push(err266), errors++;
                }
                for (let key33 in data95) {
                  let _errs231 = errors;
                  if (typeof key33 == "string") {
                    if (func2(key33) > 128) {
                      let err267 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, data: key33, propertyName: key33 };
                      vErrors === null ? vErrors = [err267] : vErrors.push(err267), errors++;
                    }
                    if (func2(key33) < 1) {
                      let err268 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, data: key33, propertyName: key33 };
                      vErrors === null ? vErrors = [err268] : vErrors.push(err268), errors++;
                    }
                    if (!pattern8.test(key33)) {
                      let err269 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, message: 'must match pattern "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"', schema: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, data: key33, propertyName: key33 };
                      vErrors === null ? vErrors = [err269] : vErrors.push(err269), errors++;
                    }
                  }
                  var valid87 = _errs231 === errors;
                  if (!valid87) {
                    let err270 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames", keyword: "propertyNames", params: { propertyName: key33 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.tags, data: data95 };
                    vErrors === null ? vErrors = [err270] : vErrors.push(err270), errors++;
                  }
                }
                for (let key34 in data95) {
                  let data96 = data95[key34];
                  if (typeof data96 == "string") {
                    if (func2(data96) > 256) {
                      let err271 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties, data: data96 };
                      vErrors === null ? vErrors = [err271] : vErrors.push(err271), errors++;
                    }
                    if (!pattern9.test(data96)) {
                      let err272 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" }, message: 'must match pattern "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"', schema: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties, data: data96 };
                      vErrors === null ? vErrors = [err272] : vErrors.push(err272), errors++;
                    }
                  } else {
                    let err273 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties, data: data96 };
                    vErrors === null ? vErrors = [err273] : vErrors.push(err273), errors++;
                  }
                }
              } else {
                let err274 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.tags.type, parentSchema: schema31.properties.keys.additionalProperties.properties.tags, data: data95 };
                vErrors === null ? vErrors = [err274] : vErrors.push(err274), errors++;
              }
            }
            if (data79.key_spec !== void 0) {
              let data97 = data79.key_spec;
              if (!(data97 === "SYMMETRIC_DEFAULT" || data97 === "RSA_2048" || data97 === "RSA_3072" || data97 === "RSA_4096" || data97 === "ECC_NIST_P256" || data97 === "ECC_NIST_P384" || data97 === "ECC_NIST_P521" || data97 === "ECC_SECG_P256K1" || data97 === "ECC_NIST_EDWARDS25519" || data97 === "HMAC_224" || data97 === "HMAC_256" || data97 === "HMAC_384" || data97 === "HMAC_512" || data97 === "SM2" || data97 === "ML_DSA_44" || data97 === "ML_DSA_65" || data97 === "ML_DSA_87" || data97 === "ML_KEM_512" || data97 === "ML_KEM_768" || data97 === "ML_KEM_1024")) {
                let err275 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/key_spec", schemaPath: "#/properties/keys/additionalProperties/properties/key_spec/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.key_spec.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.key_spec.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.key_spec, data: data97 };
                vErrors === null ? vErrors = [err275] : vErrors.push(err275), errors++;
              }
            }
            if (data79.key_usage !== void 0) {
              let data98 = data79.key_usage;
              if (!(data98 === "ENCRYPT_DECRYPT" || data98 === "SIGN_VERIFY" || data98 === "GENERATE_VERIFY_MAC" || data98 === "KEY_AGREEMENT" || data98 === "ENCAPSULATE_DECAPSULATE")) {
                let err276 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/key_usage", schemaPath: "#/properties/keys/additionalProperties/properties/key_usage/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.key_usage.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.key_usage.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.key_usage, data: data98 };
                vErrors === null ? vErrors = [err276] : vErrors.push(err276), errors++;
              }
            }
            if (data79.multi_region !== void 0) {
              let data99 = data79.multi_region;
              if (typeof data99 != "boolean") {
                let err277 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/multi_region", schemaPath: "#/properties/keys/additionalProperties/properties/multi_region/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.keys.additionalProperties.properties.multi_region.type, parentSchema: schema31.properties.keys.additionalProperties.properties.multi_region, data: data99 };
                vErrors === null ? vErrors = [err277] : vErrors.push(err277), errors++;
              }
            }
            if (data79.origin !== void 0) {
              let data100 = data79.origin;
              if (!(data100 === "AWS_KMS" || data100 === "EXTERNAL")) {
                let err278 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/origin", schemaPath: "#/properties/keys/additionalProperties/properties/origin/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.origin.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.origin.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.origin, data: data100 };
                vErrors === null ? vErrors = [err278] : vErrors.push(err278), errors++;
              }
            }
            if (data79.replicas !== void 0) {
              let data101 = data79.replicas;
              if (Array.isArray(data101)) {
                if (data101.length > 50) {
                  let err279 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas", schemaPath: "#/properties/keys/additionalProperties/properties/replicas/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas, data: data101 };
                  vErrors === null ? vErrors = [err279] : vErrors.push(err279), errors++;
                }
                let len18 = data101.length;
                for (let i33 = 0; i33 < len18; i33++) {
                  let data102 = data101[i33], _errs243 = errors, valid91 = !0, _errs244 = errors;
                  if (typeof data102 != "string") {
                    let err280 = {};
                    vErrors === null ? vErrors = [err280] : vErrors.push(err280), errors++;
                  }
                  var _valid2 = _errs244 === errors;
                  errors = _errs243, vErrors !== null && (_errs243 ? vErrors.length = _errs243 : vErrors = null);
                  let ifClause2;
                  if (_valid2) {
                    let _errs246 = errors;
                    if (typeof data102 == "string") {
                      if (!pattern4.test(data102)) {
                        let err281 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/then/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"', schema: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items.then, data: data102 };
                        vErrors === null ? vErrors = [err281] : vErrors.push(err281), errors++;
                      }
                    } else {
                      let err282 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.replicas.items.then.type, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items.then, data: data102 };
                      vErrors === null ? vErrors = [err282] : vErrors.push(err282), errors++;
                    }
                    var _valid2 = _errs246 === errors;
                    valid91 = _valid2, ifClause2 = "then";
                  } else {
                    let _errs248 = errors;
                    if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                      if (data102.region === void 0) {
                        let err283 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/else/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'", schema: schema31.properties.keys.additionalProperties.properties.replicas.items.else.required, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items.else, data: data102 };
                        vErrors === null ? vErrors = [err283] : vErrors.push(err283), errors++;
                      }
                      for (let key35 in data102)
                        if (!(key35 === "region" || key35 === "description" || key35 === "policy" || key35 === "tags" || key35 === "aliases" || key35 === "deletion_window_in_days" || key35 === "state")) {
                          let err284 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items.else, data: data102 };
                          vErrors === null ? vErrors = [err284] : vErrors.push(err284), errors++;
                        }
                      if (data102.region !== void 0) {
                        let data103 = data102.region;
                        if (typeof data103 == "string") {
                          if (!pattern4.test(data103)) {
                            let err285 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/region", schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/else/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"', schema: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items.else.properties.region, data: data103 };
                            vErrors === null ? vErrors = [err285] : vErrors.push(err285), errors++;
                          }
                        } else {
                          let err286 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/region", schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/else/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.replicas.items.else.properties.region.type, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items.else.properties.region, data: data103 };
                          vErrors === null ? vErrors = [err286] : vErrors.push(err286), errors++;
                        }
                      }
                      if (data102.description !== void 0) {
                        let data104 = data102.description;
                        if (typeof data104 == "string") {
                          if (func2(data104) > 8192) {
                            let err287 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/description", schemaPath: "#/properties/keys/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters", schema: 8192, parentSchema: schema33, data: data104 };
                            vErrors === null ? vErrors = [err287] : vErrors.push(err287), errors++;
                          }
                        } else {
                          let err288 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/description", schemaPath: "#/properties/keys/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data104 };
                          vErrors === null ? vErrors = [err288] : vErrors.push(err288), errors++;
                        }
                      }
                      if (data102.policy !== void 0) {
                        let data105 = data102.policy;
                        if (!(data105 && typeof data105 == "object" && !Array.isArray(data105))) {
                          let err289 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data105 };
                          vErrors === null ? vErrors = [err289] : vErrors.push(err289), errors++;
                        }
                        let _errs259 = errors, valid95 = !0, _errs260 = errors;
                        if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                          let missing0;
                          if (data105.document === void 0 && (missing0 = "document")) {
                            let err290 = {};
                            vErrors === null ? vErrors = [err290] : vErrors.push(err290), errors++;
                          }
                        }
                        var _valid3 = _errs260 === errors;
                        errors = _errs259, vErrors !== null && (_errs259 ? vErrors.length = _errs259 : vErrors = null);
                        let ifClause3;
                        if (_valid3) {
                          let _errs261 = errors;
                          if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                            if (data105.document === void 0) {
                              let err291 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property 'document'", schema: schema34.then.required, parentSchema: schema34.then, data: data105 };
                              vErrors === null ? vErrors = [err291] : vErrors.push(err291), errors++;
                            }
                            for (let key36 in data105)
                              if (key36 !== "document") {
                                let err292 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.then, data: data105 };
                                vErrors === null ? vErrors = [err292] : vErrors.push(err292), errors++;
                              }
                            if (data105.document !== void 0) {
                              let data106 = data105.document;
                              if (!(data106 && typeof data106 == "object" && !Array.isArray(data106))) {
                                let err293 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/document", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/properties/document/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.properties.document.type, parentSchema: schema34.then.properties.document, data: data106 };
                                vErrors === null ? vErrors = [err293] : vErrors.push(err293), errors++;
                              }
                            }
                          } else {
                            let err294 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.then.type, parentSchema: schema34.then, data: data105 };
                            vErrors === null ? vErrors = [err294] : vErrors.push(err294), errors++;
                          }
                          var _valid3 = _errs261 === errors;
                          if (valid95 = _valid3, valid95)
                            var props2 = !0;
                          ifClause3 = "then";
                        } else {
                          let _errs266 = errors;
                          if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                            for (let key37 in data105)
                              if (!func1.call(schema34.else.properties, key37)) {
                                let err295 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.else, data: data105 };
                                vErrors === null ? vErrors = [err295] : vErrors.push(err295), errors++;
                              }
                            if (data105.admins !== void 0) {
                              let data107 = data105.admins;
                              if (Array.isArray(data107)) {
                                let len19 = data107.length;
                                for (let i34 = 0; i34 < len19; i34++) {
                                  let data108 = data107[i34];
                                  if (typeof data108 == "string") {
                                    if (func2(data108) > 2048) {
                                      let err296 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/admins/" + i34, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema34.else.properties.admins.items, data: data108 };
                                      vErrors === null ? vErrors = [err296] : vErrors.push(err296), errors++;
                                    }
                                    if (func2(data108) < 1) {
                                      let err297 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/admins/" + i34, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.else.properties.admins.items, data: data108 };
                                      vErrors === null ? vErrors = [err297] : vErrors.push(err297), errors++;
                                    }
                                  } else {
                                    let err298 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/admins/" + i34, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.admins.items.type, parentSchema: schema34.else.properties.admins.items, data: data108 };
                                    vErrors === null ? vErrors = [err298] : vErrors.push(err298), errors++;
                                  }
                                }
                                let i35 = data107.length, j15;
                                if (i35 > 1) {
                                  let indices13 = {};
                                  for (; i35--; ) {
                                    let item13 = data107[i35];
                                    if (typeof item13 == "string") {
                                      if (typeof indices13[item13] == "number") {
                                        j15 = indices13[item13];
                                        let err299 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/admins", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/uniqueItems", keyword: "uniqueItems", params: { i: i35, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i35 + " are identical)", schema: !0, parentSchema: schema34.else.properties.admins, data: data107 };
                                        vErrors === null ? vErrors = [err299] : vErrors.push(err299), errors++;
                                        break;
                                      }
                                      indices13[item13] = i35;
                                    }
                                  }
                                }
                              } else {
                                let err300 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/admins", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.admins.type, parentSchema: schema34.else.properties.admins, data: data107 };
                                vErrors === null ? vErrors = [err300] : vErrors.push(err300), errors++;
                              }
                            }
                            if (data105.users !== void 0) {
                              let data109 = data105.users;
                              if (Array.isArray(data109)) {
                                let len20 = data109.length;
                                for (let i36 = 0; i36 < len20; i36++) {
                                  let data110 = data109[i36], _errs276 = errors, valid103 = !0, _errs277 = errors;
                                  if (typeof data110 != "string") {
                                    let err301 = {};
                                    vErrors === null ? vErrors = [err301] : vErrors.push(err301), errors++;
                                  }
                                  var _valid4 = _errs277 === errors;
                                  errors = _errs276, vErrors !== null && (_errs276 ? vErrors.length = _errs276 : vErrors = null);
                                  let ifClause4;
                                  if (_valid4) {
                                    let _errs279 = errors;
                                    if (typeof data110 == "string") {
                                      if (func2(data110) > 2048) {
                                        let err302 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema34.else.properties.users.items.then, data: data110 };
                                        vErrors === null ? vErrors = [err302] : vErrors.push(err302), errors++;
                                      }
                                      if (func2(data110) < 1) {
                                        let err303 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.else.properties.users.items.then, data: data110 };
                                        vErrors === null ? vErrors = [err303] : vErrors.push(err303), errors++;
                                      }
                                    } else {
                                      let err304 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.users.items.then.type, parentSchema: schema34.else.properties.users.items.then, data: data110 };
                                      vErrors === null ? vErrors = [err304] : vErrors.push(err304), errors++;
                                    }
                                    var _valid4 = _errs279 === errors;
                                    valid103 = _valid4, ifClause4 = "then";
                                  } else {
                                    let _errs281 = errors;
                                    if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                                      if (data110.principals === void 0) {
                                        let err305 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/required", keyword: "required", params: { missingProperty: "principals" }, message: "must have required property 'principals'", schema: schema34.else.properties.users.items.else.required, parentSchema: schema34.else.properties.users.items.else, data: data110 };
                                        vErrors === null ? vErrors = [err305] : vErrors.push(err305), errors++;
                                      }
                                      if (data110.actions === void 0) {
                                        let err306 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema34.else.properties.users.items.else.required, parentSchema: schema34.else.properties.users.items.else, data: data110 };
                                        vErrors === null ? vErrors = [err306] : vErrors.push(err306), errors++;
                                      }
                                      for (let key38 in data110)
                                        if (!(key38 === "principals" || key38 === "actions")) {
                                          let err307 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.else.properties.users.items.else, data: data110 };
                                          vErrors === null ? vErrors = [err307] : vErrors.push(err307), errors++;
                                        }
                                      if (data110.principals !== void 0) {
                                        let data111 = data110.principals;
                                        if (Array.isArray(data111)) {
                                          if (data111.length < 1) {
                                            let err308 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.users.items.else.properties.principals, data: data111 };
                                            vErrors === null ? vErrors = [err308] : vErrors.push(err308), errors++;
                                          }
                                          let len21 = data111.length;
                                          for (let i37 = 0; i37 < len21; i37++) {
                                            let data112 = data111[i37];
                                            if (typeof data112 == "string") {
                                              if (func2(data112) > 2048) {
                                                let err309 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/principals/" + i37, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema34.else.properties.users.items.else.properties.principals.items, data: data112 };
                                                vErrors === null ? vErrors = [err309] : vErrors.push(err309), errors++;
                                              }
                                              if (func2(data112) < 1) {
                                                let err310 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/principals/" + i37, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.else.properties.users.items.else.properties.principals.items, data: data112 };
                                                vErrors === null ? vErrors = [err310] : vErrors.push(err310), errors++;
                                              }
                                            } else {
                                              let err311 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/principals/" + i37, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.users.items.else.properties.principals.items.type, parentSchema: schema34.else.properties.users.items.else.properties.principals.items, data: data112 };
                                              vErrors === null ? vErrors = [err311] : vErrors.push(err311), errors++;
                                            }
                                          }
                                          let i38 = data111.length, j16;
                                          if (i38 > 1) {
                                            let indices14 = {};
                                            for (; i38--; ) {
                                              let item14 = data111[i38];
                                              if (typeof item14 == "string") {
                                                if (typeof indices14[item14] == "number") {
                                                  j16 = indices14[item14];
                                                  let err312 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/uniqueItems", keyword: "uniqueItems", params: { i: i38, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i38 + " are identical)", schema: !0, parentSchema: schema34.else.properties.users.items.else.properties.principals, data: data111 };
                                                  vErrors === null ? vErrors = [err312] : vErrors.push(err312), errors++;
                                                  break;
                                                }
                                                indices14[item14] = i38;
                                              }
                                            }
                                          }
                                        } else {
                                          let err313 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.users.items.else.properties.principals.type, parentSchema: schema34.else.properties.users.items.else.properties.principals, data: data111 };
                                          vErrors === null ? vErrors = [err313] : vErrors.push(err313), errors++;
                                        }
                                      }
                                      if (data110.actions !== void 0) {
                                        let data113 = data110.actions;
                                        if (Array.isArray(data113)) {
                                          if (data113.length < 1) {
                                            let err314 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.users.items.else.properties.actions, data: data113 };
                                            vErrors === null ? vErrors = [err314] : vErrors.push(err314), errors++;
                                          }
                                          let len22 = data113.length;
                                          for (let i39 = 0; i39 < len22; i39++) {
                                            let data114 = data113[i39];
                                            if (typeof data114 == "string") {
                                              if (!pattern10.test(data114)) {
                                                let err315 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/actions/" + i39, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema34.else.properties.users.items.else.properties.actions.items, data: data114 };
                                                vErrors === null ? vErrors = [err315] : vErrors.push(err315), errors++;
                                              }
                                            } else {
                                              let err316 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/actions/" + i39, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.users.items.else.properties.actions.items.type, parentSchema: schema34.else.properties.users.items.else.properties.actions.items, data: data114 };
                                              vErrors === null ? vErrors = [err316] : vErrors.push(err316), errors++;
                                            }
                                          }
                                          let i40 = data113.length, j17;
                                          if (i40 > 1) {
                                            let indices15 = {};
                                            for (; i40--; ) {
                                              let item15 = data113[i40];
                                              if (typeof item15 == "string") {
                                                if (typeof indices15[item15] == "number") {
                                                  j17 = indices15[item15];
                                                  let err317 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i40, j: j17 }, message: "must NOT have duplicate items (items ## " + j17 + " and " + i40 + " are identical)", schema: !0, parentSchema: schema34.else.properties.users.items.else.properties.actions, data: data113 };
                                                  vErrors === null ? vErrors = [err317] : vErrors.push(err317), errors++;
                                                  break;
                                                }
                                                indices15[item15] = i40;
                                              }
                                            }
                                          }
                                        } else {
                                          let err318 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.users.items.else.properties.actions.type, parentSchema: schema34.else.properties.users.items.else.properties.actions, data: data113 };
                                          vErrors === null ? vErrors = [err318] : vErrors.push(err318), errors++;
                                        }
                                      }
                                    } else {
                                      let err319 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.else.properties.users.items.else.type, parentSchema: schema34.else.properties.users.items.else, data: data110 };
                                      vErrors === null ? vErrors = [err319] : vErrors.push(err319), errors++;
                                    }
                                    var _valid4 = _errs281 === errors;
                                    valid103 = _valid4, ifClause4 = "else";
                                  }
                                  if (!valid103) {
                                    let err320 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema34.else.properties.users.items.if, parentSchema: schema34.else.properties.users.items, data: data110 };
                                    vErrors === null ? vErrors = [err320] : vErrors.push(err320), errors++;
                                  }
                                }
                                let i41 = data109.length, j18;
                                if (i41 > 1) {
                                  outer2: for (; i41--; )
                                    for (j18 = i41; j18--; )
                                      if (func0(data109[i41], data109[j18])) {
                                        let err321 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i41, j: j18 }, message: "must NOT have duplicate items (items ## " + j18 + " and " + i41 + " are identical)", schema: !0, parentSchema: schema34.else.properties.users, data: data109 };
                                        vErrors === null ? vErrors = [err321] : vErrors.push(err321), errors++;
                                        break outer2;
                                      }
                                }
                              } else {
                                let err322 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/users", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.users.type, parentSchema: schema34.else.properties.users, data: data109 };
                                vErrors === null ? vErrors = [err322] : vErrors.push(err322), errors++;
                              }
                            }
                            if (data105.via_service !== void 0) {
                              let data115 = data105.via_service;
                              if (Array.isArray(data115)) {
                                let len23 = data115.length;
                                for (let i42 = 0; i42 < len23; i42++) {
                                  let data116 = data115[i42];
                                  if (typeof data116 == "string") {
                                    if (!pattern11.test(data116)) {
                                      let err323 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/via_service/" + i42, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema34.else.properties.via_service.items, data: data116 };
                                      vErrors === null ? vErrors = [err323] : vErrors.push(err323), errors++;
                                    }
                                  } else {
                                    let err324 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/via_service/" + i42, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.via_service.items.type, parentSchema: schema34.else.properties.via_service.items, data: data116 };
                                    vErrors === null ? vErrors = [err324] : vErrors.push(err324), errors++;
                                  }
                                }
                                let i43 = data115.length, j19;
                                if (i43 > 1) {
                                  let indices16 = {};
                                  for (; i43--; ) {
                                    let item16 = data115[i43];
                                    if (typeof item16 == "string") {
                                      if (typeof indices16[item16] == "number") {
                                        j19 = indices16[item16];
                                        let err325 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/via_service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/uniqueItems", keyword: "uniqueItems", params: { i: i43, j: j19 }, message: "must NOT have duplicate items (items ## " + j19 + " and " + i43 + " are identical)", schema: !0, parentSchema: schema34.else.properties.via_service, data: data115 };
                                        vErrors === null ? vErrors = [err325] : vErrors.push(err325), errors++;
                                        break;
                                      }
                                      indices16[item16] = i43;
                                    }
                                  }
                                }
                              } else {
                                let err326 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/via_service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.via_service.type, parentSchema: schema34.else.properties.via_service, data: data115 };
                                vErrors === null ? vErrors = [err326] : vErrors.push(err326), errors++;
                              }
                            }
                            if (data105.encryption_context !== void 0) {
                              let data117 = data105.encryption_context;
                              if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                                if (Object.keys(data117).length > 32) {
                                  let err327 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema34.else.properties.encryption_context, data: data117 };
                                  vErrors === null ? vErrors = [err327] : vErrors.push(err327), errors++;
                                }
                                for (let key39 in data117) {
                                  let _errs298 = errors;
                                  if (typeof key39 == "string") {
                                    if (func2(key39) > 256) {
                                      let err328 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema34.else.properties.encryption_context.propertyNames, data: key39, propertyName: key39 };
                                      vErrors === null ? vErrors = [err328] : vErrors.push(err328), errors++;
                                    }
                                    if (func2(key39) < 1) {
                                      let err329 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.else.properties.encryption_context.propertyNames, data: key39, propertyName: key39 };
                                      vErrors === null ? vErrors = [err329] : vErrors.push(err329), errors++;
                                    }
                                  }
                                  var valid115 = _errs298 === errors;
                                  if (!valid115) {
                                    let err330 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames", keyword: "propertyNames", params: { propertyName: key39 }, message: "property name must be valid", schema: schema34.else.properties.encryption_context.propertyNames, parentSchema: schema34.else.properties.encryption_context, data: data117 };
                                    vErrors === null ? vErrors = [err330] : vErrors.push(err330), errors++;
                                  }
                                }
                                for (let key40 in data117) {
                                  let data118 = data117[key40];
                                  if (typeof data118 == "string") {
                                    if (func2(data118) > 256) {
                                      let err331 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/encryption_context/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema34.else.properties.encryption_context.additionalProperties, data: data118 };
                                      vErrors === null ? vErrors = [err331] : vErrors.push(err331), errors++;
                                    }
                                  } else {
                                    let err332 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/encryption_context/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.encryption_context.additionalProperties.type, parentSchema: schema34.else.properties.encryption_context.additionalProperties, data: data118 };
                                    vErrors === null ? vErrors = [err332] : vErrors.push(err332), errors++;
                                  }
                                }
                              } else {
                                let err333 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.else.properties.encryption_context.type, parentSchema: schema34.else.properties.encryption_context, data: data117 };
                                vErrors === null ? vErrors = [err333] : vErrors.push(err333), errors++;
                              }
                            }
                            if (data105.cross_account !== void 0) {
                              let data119 = data105.cross_account;
                              if (Array.isArray(data119)) {
                                let len24 = data119.length;
                                for (let i44 = 0; i44 < len24; i44++) {
                                  let data120 = data119[i44];
                                  if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
                                    if (data120.principal === void 0) {
                                      let err334 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'", schema: schema34.else.properties.cross_account.items.required, parentSchema: schema34.else.properties.cross_account.items, data: data120 };
                                      vErrors === null ? vErrors = [err334] : vErrors.push(err334), errors++;
                                    }
                                    if (data120.actions === void 0) {
                                      let err335 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema34.else.properties.cross_account.items.required, parentSchema: schema34.else.properties.cross_account.items, data: data120 };
                                      vErrors === null ? vErrors = [err335] : vErrors.push(err335), errors++;
                                    }
                                    for (let key41 in data120)
                                      if (!(key41 === "principal" || key41 === "actions")) {
                                        let err336 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.else.properties.cross_account.items, data: data120 };
                                        vErrors === null ? vErrors = [err336] : vErrors.push(err336), errors++;
                                      }
                                    if (data120.principal !== void 0) {
                                      let data121 = data120.principal;
                                      if (typeof data121 == "string") {
                                        if (func2(data121) > 2048) {
                                          let err337 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema34.else.properties.cross_account.items.properties.principal, data: data121 };
                                          vErrors === null ? vErrors = [err337] : vErrors.push(err337), errors++;
                                        }
                                        if (func2(data121) < 1) {
                                          let err338 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.else.properties.cross_account.items.properties.principal, data: data121 };
                                          vErrors === null ? vErrors = [err338] : vErrors.push(err338), errors++;
                                        }
                                      } else {
                                        let err339 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.cross_account.items.properties.principal.type, parentSchema: schema34.else.properties.cross_account.items.properties.principal, data: data121 };
                                        vErrors === null ? vErrors = [err339] : vErrors.push(err339), errors++;
                                      }
                                    }
                                    if (data120.actions !== void 0) {
                                      let data122 = data120.actions;
                                      if (Array.isArray(data122)) {
                                        if (data122.length < 1) {
                                          let err340 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.cross_account.items.properties.actions, data: data122 };
                                          vErrors === null ? vErrors = [err340] : vErrors.push(err340), errors++;
                                        }
                                        let len25 = data122.length;
                                        for (let i45 = 0; i45 < len25; i45++) {
                                          let data123 = data122[i45];
                                          if (typeof data123 == "string") {
                                            if (!pattern10.test(data123)) {
                                              let err341 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/actions/" + i45, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema34.else.properties.cross_account.items.properties.actions.items, data: data123 };
                                              vErrors === null ? vErrors = [err341] : vErrors.push(err341), errors++;
                                            }
                                          } else {
                                            let err342 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/actions/" + i45, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.cross_account.items.properties.actions.items.type, parentSchema: schema34.else.properties.cross_account.items.properties.actions.items, data: data123 };
                                            vErrors === null ? vErrors = [err342] : vErrors.push(err342), errors++;
                                          }
                                        }
                                        let i46 = data122.length, j20;
                                        if (i46 > 1) {
                                          let indices17 = {};
                                          for (; i46--; ) {
                                            let item17 = data122[i46];
                                            if (typeof item17 == "string") {
                                              if (typeof indices17[item17] == "number") {
                                                j20 = indices17[item17];
                                                let err343 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i46, j: j20 }, message: "must NOT have duplicate items (items ## " + j20 + " and " + i46 + " are identical)", schema: !0, parentSchema: schema34.else.properties.cross_account.items.properties.actions, data: data122 };
                                                vErrors === null ? vErrors = [err343] : vErrors.push(err343), errors++;
                                                break;
                                              }
                                              indices17[item17] = i46;
                                            }
                                          }
                                        }
                                      } else {
                                        let err344 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.cross_account.items.properties.actions.type, parentSchema: schema34.else.properties.cross_account.items.properties.actions, data: data122 };
                                        vErrors === null ? vErrors = [err344] : vErrors.push(err344), errors++;
                                      }
                                    }
                                  } else {
                                    let err345 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.else.properties.cross_account.items.type, parentSchema: schema34.else.properties.cross_account.items, data: data120 };
                                    vErrors === null ? vErrors = [err345] : vErrors.push(err345), errors++;
                                  }
                                }
                              } else {
                                let err346 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/cross_account", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.cross_account.type, parentSchema: schema34.else.properties.cross_account, data: data119 };
                                vErrors === null ? vErrors = [err346] : vErrors.push(err346), errors++;
                              }
                            }
                            if (data105.organization !== void 0) {
                              let data124 = data105.organization, _errs314 = errors, valid123 = !0, _errs315 = errors;
                              if (typeof data124 != "string") {
                                let err347 = {};
                                vErrors === null ? vErrors = [err347] : vErrors.push(err347), errors++;
                              }
                              var _valid5 = _errs315 === errors;
                              errors = _errs314, vErrors !== null && (_errs314 ? vErrors.length = _errs314 : vErrors = null);
                              let ifClause5;
                              if (_valid5) {
                                let _errs317 = errors;
                                if (typeof data124 == "string") {
                                  if (!pattern13.test(data124)) {
                                    let err348 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/then/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema34.else.properties.organization.then, data: data124 };
                                    vErrors === null ? vErrors = [err348] : vErrors.push(err348), errors++;
                                  }
                                } else {
                                  let err349 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.organization.then.type, parentSchema: schema34.else.properties.organization.then, data: data124 };
                                  vErrors === null ? vErrors = [err349] : vErrors.push(err349), errors++;
                                }
                                var _valid5 = _errs317 === errors;
                                valid123 = _valid5, ifClause5 = "then";
                              } else {
                                let _errs319 = errors;
                                if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
                                  for (let key42 in data124)
                                    if (!(key42 === "id" || key42 === "paths" || key42 === "actions")) {
                                      let err350 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.else.properties.organization.else, data: data124 };
                                      vErrors === null ? vErrors = [err350] : vErrors.push(err350), errors++;
                                    }
                                  if (data124.id !== void 0) {
                                    let data125 = data124.id;
                                    if (typeof data125 == "string") {
                                      if (!pattern13.test(data125)) {
                                        let err351 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/id", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/id/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema34.else.properties.organization.else.properties.id, data: data125 };
                                        vErrors === null ? vErrors = [err351] : vErrors.push(err351), errors++;
                                      }
                                    } else {
                                      let err352 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/id", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.organization.else.properties.id.type, parentSchema: schema34.else.properties.organization.else.properties.id, data: data125 };
                                      vErrors === null ? vErrors = [err352] : vErrors.push(err352), errors++;
                                    }
                                  }
                                  if (data124.paths !== void 0) {
                                    let data126 = data124.paths;
                                    if (Array.isArray(data126)) {
                                      if (data126.length < 1) {
                                        let err353 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.organization.else.properties.paths, data: data126 };
                                        vErrors === null ? vErrors = [err353] : vErrors.push(err353), errors++;
                                      }
                                      let len26 = data126.length;
                                      for (let i47 = 0; i47 < len26; i47++) {
                                        let data127 = data126[i47];
                                        if (typeof data127 == "string") {
                                          if (func2(data127) > 2048) {
                                            let err354 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/paths/" + i47, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema34.else.properties.organization.else.properties.paths.items, data: data127 };
                                            vErrors === null ? vErrors = [err354] : vErrors.push(err354), errors++;
                                          }
                                          if (!pattern15.test(data127)) {
                                            let err355 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/paths/" + i47, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$"', schema: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", parentSchema: schema34.else.properties.organization.else.properties.paths.items, data: data127 };
                                            vErrors === null ? vErrors = [err355] : vErrors.push(err355), errors++;
                                          }
                                        } else {
                                          let err356 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/paths/" + i47, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.organization.else.properties.paths.items.type, parentSchema: schema34.else.properties.organization.else.properties.paths.items, data: data127 };
                                          vErrors === null ? vErrors = [err356] : vErrors.push(err356), errors++;
                                        }
                                      }
                                      let i48 = data126.length, j21;
                                      if (i48 > 1) {
                                        let indices18 = {};
                                        for (; i48--; ) {
                                          let item18 = data126[i48];
                                          if (typeof item18 == "string") {
                                            if (typeof indices18[item18] == "number") {
                                              j21 = indices18[item18];
                                              let err357 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i48, j: j21 }, message: "must NOT have duplicate items (items ## " + j21 + " and " + i48 + " are identical)", schema: !0, parentSchema: schema34.else.properties.organization.else.properties.paths, data: data126 };
                                              vErrors === null ? vErrors = [err357] : vErrors.push(err357), errors++;
                                              break;
                                            }
                                            indices18[item18] = i48;
                                          }
                                        }
                                      }
                                    } else {
                                      let err358 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.organization.else.properties.paths.type, parentSchema: schema34.else.properties.organization.else.properties.paths, data: data126 };
                                      vErrors === null ? vErrors = [err358] : vErrors.push(err358), errors++;
                                    }
                                  }
                                  if (data124.actions !== void 0) {
                                    let data128 = data124.actions;
                                    if (Array.isArray(data128)) {
                                      if (data128.length < 1) {
                                        let err359 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.organization.else.properties.actions, data: data128 };
                                        vErrors === null ? vErrors = [err359] : vErrors.push(err359), errors++;
                                      }
                                      let len27 = data128.length;
                                      for (let i49 = 0; i49 < len27; i49++) {
                                        let data129 = data128[i49];
                                        if (typeof data129 == "string") {
                                          if (!pattern10.test(data129)) {
                                            let err360 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/actions/" + i49, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema34.else.properties.organization.else.properties.actions.items, data: data129 };
                                            vErrors === null ? vErrors = [err360] : vErrors.push(err360), errors++;
                                          }
                                        } else {
                                          let err361 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/actions/" + i49, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.organization.else.properties.actions.items.type, parentSchema: schema34.else.properties.organization.else.properties.actions.items, data: data129 };
                                          vErrors === null ? vErrors = [err361] : vErrors.push(err361), errors++;
                                        }
                                      }
                                      let i50 = data128.length, j22;
                                      if (i50 > 1) {
                                        let indices19 = {};
                                        for (; i50--; ) {
                                          let item19 = data128[i50];
                                          if (typeof item19 == "string") {
                                            if (typeof indices19[item19] == "number") {
                                              j22 = indices19[item19];
                                              let err362 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i50, j: j22 }, message: "must NOT have duplicate items (items ## " + j22 + " and " + i50 + " are identical)", schema: !0, parentSchema: schema34.else.properties.organization.else.properties.actions, data: data128 };
                                              vErrors === null ? vErrors = [err362] : vErrors.push(err362), errors++;
                                              break;
                                            }
                                            indices19[item19] = i50;
                                          }
                                        }
                                      }
                                    } else {
                                      let err363 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.organization.else.properties.actions.type, parentSchema: schema34.else.properties.organization.else.properties.actions, data: data128 };
                                      vErrors === null ? vErrors = [err363] : vErrors.push(err363), errors++;
                                    }
                                  }
                                } else {
                                  let err364 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.else.properties.organization.else.type, parentSchema: schema34.else.properties.organization.else, data: data124 };
                                  vErrors === null ? vErrors = [err364] : vErrors.push(err364), errors++;
                                }
                                var _valid5 = _errs319 === errors;
                                valid123 = _valid5, ifClause5 = "else";
                              }
                              if (!valid123) {
                                let err365 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: 'must match "' + ifClause5 + '" schema', schema: schema34.else.properties.organization.if, parentSchema: schema34.else.properties.organization, data: data124 };
                                vErrors === null ? vErrors = [err365] : vErrors.push(err365), errors++;
                              }
                            }
                            if (data105.require_mfa_for !== void 0) {
                              let data130 = data105.require_mfa_for;
                              if (Array.isArray(data130)) {
                                let len28 = data130.length;
                                for (let i51 = 0; i51 < len28; i51++) {
                                  let data131 = data130[i51];
                                  if (typeof data131 == "string") {
                                    if (!pattern10.test(data131)) {
                                      let err366 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/require_mfa_for/" + i51, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema34.else.properties.require_mfa_for.items, data: data131 };
                                      vErrors === null ? vErrors = [err366] : vErrors.push(err366), errors++;
                                    }
                                  } else {
                                    let err367 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/require_mfa_for/" + i51, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.require_mfa_for.items.type, parentSchema: schema34.else.properties.require_mfa_for.items, data: data131 };
                                    vErrors === null ? vErrors = [err367] : vErrors.push(err367), errors++;
                                  }
                                }
                                let i52 = data130.length, j23;
                                if (i52 > 1) {
                                  let indices20 = {};
                                  for (; i52--; ) {
                                    let item20 = data130[i52];
                                    if (typeof item20 == "string") {
                                      if (typeof indices20[item20] == "number") {
                                        j23 = indices20[item20];
                                        let err368 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/require_mfa_for", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/uniqueItems", keyword: "uniqueItems", params: { i: i52, j: j23 }, message: "must NOT have duplicate items (items ## " + j23 + " and " + i52 + " are identical)", schema: !0, parentSchema: schema34.else.properties.require_mfa_for, data: data130 };
                                        vErrors === null ? vErrors = [err368] : vErrors.push(err368), errors++;
                                        break;
                                      }
                                      indices20[item20] = i52;
                                    }
                                  }
                                }
                              } else {
                                let err369 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/require_mfa_for", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.require_mfa_for.type, parentSchema: schema34.else.properties.require_mfa_for, data: data130 };
                                vErrors === null ? vErrors = [err369] : vErrors.push(err369), errors++;
                              }
                            }
                            if (data105.services !== void 0) {
                              let data132 = data105.services;
                              if (Array.isArray(data132)) {
                                if (data132.length > 32) {
                                  let err370 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema34.else.properties.services, data: data132 };
                                  vErrors === null ? vErrors = [err370] : vErrors.push(err370), errors++;
                                }
                                let len29 = data132.length;
                                for (let i53 = 0; i53 < len29; i53++) {
                                  let data133 = data132[i53];
                                  if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
                                    if (data133.service === void 0) {
                                      let err371 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema34.else.properties.services.items.required, parentSchema: schema34.else.properties.services.items, data: data133 };
                                      vErrors === null ? vErrors = [err371] : vErrors.push(err371), errors++;
                                    }
                                    for (let key43 in data133)
                                      if (!(key43 === "service" || key43 === "trails" || key43 === "log_groups" || key43 === "source_arns" || key43 === "role_suffix")) {
                                        let err372 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.else.properties.services.items, data: data133 };
                                        vErrors === null ? vErrors = [err372] : vErrors.push(err372), errors++;
                                      }
                                    if (data133.service !== void 0) {
                                      let data134 = data133.service;
                                      if (!(data134 === "autoscaling" || data134 === "cloudtrail" || data134 === "cloudwatch" || data134 === "config" || data134 === "events" || data134 === "guardduty" || data134 === "logs" || data134 === "route53-dnssec" || data134 === "s3" || data134 === "ses" || data134 === "sns")) {
                                        let err373 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/service/enum", keyword: "enum", params: { allowedValues: schema34.else.properties.services.items.properties.service.enum }, message: "must be equal to one of the allowed values", schema: schema34.else.properties.services.items.properties.service.enum, parentSchema: schema34.else.properties.services.items.properties.service, data: data134 };
                                        vErrors === null ? vErrors = [err373] : vErrors.push(err373), errors++;
                                      }
                                    }
                                    if (data133.trails !== void 0) {
                                      let data135 = data133.trails;
                                      if (Array.isArray(data135)) {
                                        if (data135.length > 100) {
                                          let err374 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema34.else.properties.services.items.properties.trails, data: data135 };
                                          vErrors === null ? vErrors = [err374] : vErrors.push(err374), errors++;
                                        }
                                        if (data135.length < 1) {
                                          let err375 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.services.items.properties.trails, data: data135 };
                                          vErrors === null ? vErrors = [err375] : vErrors.push(err375), errors++;
                                        }
                                        let len30 = data135.length;
                                        for (let i54 = 0; i54 < len30; i54++) {
                                          let data136 = data135[i54];
                                          if (typeof data136 == "string") {
                                            if (func2(data136) > 2048) {
                                              let err376 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/trails/" + i54, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema34.else.properties.services.items.properties.trails.items, data: data136 };
                                              vErrors === null ? vErrors = [err376] : vErrors.push(err376), errors++;
                                            }
                                            if (!pattern18.test(data136)) {
                                              let err377 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/trails/" + i54, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/pattern", keyword: "pattern", params: { pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$" }, message: 'must match pattern "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$"', schema: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", parentSchema: schema34.else.properties.services.items.properties.trails.items, data: data136 };
                                              vErrors === null ? vErrors = [err377] : vErrors.push(err377), errors++;
                                            }
                                          } else {
                                            let err378 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/trails/" + i54, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.services.items.properties.trails.items.type, parentSchema: schema34.else.properties.services.items.properties.trails.items, data: data136 };
                                            vErrors === null ? vErrors = [err378] : vErrors.push(err378), errors++;
                                          }
                                        }
                                        let i55 = data135.length, j24;
                                        if (i55 > 1) {
                                          let indices21 = {};
                                          for (; i55--; ) {
                                            let item21 = data135[i55];
                                            if (typeof item21 == "string") {
                                              if (typeof indices21[item21] == "number") {
                                                j24 = indices21[item21];
                                                let err379 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/uniqueItems", keyword: "uniqueItems", params: { i: i55, j: j24 }, message: "must NOT have duplicate items (items ## " + j24 + " and " + i55 + " are identical)", schema: !0, parentSchema: schema34.else.properties.services.items.properties.trails, data: data135 };
                                                vErrors === null ? vErrors = [err379] : vErrors.push(err379), errors++;
                                                break;
                                              }
                                              indices21[item21] = i55;
                                            }
                                          }
                                        }
                                      } else {
                                        let err380 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.services.items.properties.trails.type, parentSchema: schema34.else.properties.services.items.properties.trails, data: data135 };
                                        vErrors === null ? vErrors = [err380] : vErrors.push(err380), errors++;
                                      }
                                    }
                                    if (data133.log_groups !== void 0) {
                                      let data137 = data133.log_groups;
                                      if (Array.isArray(data137)) {
                                        if (data137.length > 100) {
                                          let err381 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema34.else.properties.services.items.properties.log_groups, data: data137 };
                                          vErrors === null ? vErrors = [err381] : vErrors.push(err381), errors++;
                                        }
                                        if (data137.length < 1) {
                                          let err382 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.services.items.properties.log_groups, data: data137 };
                                          vErrors === null ? vErrors = [err382] : vErrors.push(err382), errors++;
                                        }
                                        let len31 = data137.length;
                                        for (let i56 = 0; i56 < len31; i56++) {
                                          let data138 = data137[i56];
                                          if (typeof data138 == "string") {
                                            if (!pattern19.test(data138)) {
                                              let err383 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/log_groups/" + i56, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/items/pattern", keyword: "pattern", params: { pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$" }, message: 'must match pattern "^[.\\-_/#A-Za-z0-9]{1,512}$"', schema: "^[.\\-_/#A-Za-z0-9]{1,512}$", parentSchema: schema34.else.properties.services.items.properties.log_groups.items, data: data138 };
                                              vErrors === null ? vErrors = [err383] : vErrors.push(err383), errors++;
                                            }
                                          } else {
                                            let err384 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/log_groups/" + i56, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.services.items.properties.log_groups.items.type, parentSchema: schema34.else.properties.services.items.properties.log_groups.items, data: data138 };
                                            vErrors === null ? vErrors = [err384] : vErrors.push(err384), errors++;
                                          }
                                        }
                                        let i57 = data137.length, j25;
                                        if (i57 > 1) {
                                          let indices22 = {};
                                          for (; i57--; ) {
                                            let item22 = data137[i57];
                                            if (typeof item22 == "string") {
                                              if (typeof indices22[item22] == "number") {
                                                j25 = indices22[item22];
                                                let err385 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/uniqueItems", keyword: "uniqueItems", params: { i: i57, j: j25 }, message: "must NOT have duplicate items (items ## " + j25 + " and " + i57 + " are identical)", schema: !0, parentSchema: schema34.else.properties.services.items.properties.log_groups, data: data137 };
                                                vErrors === null ? vErrors = [err385] : vErrors.push(err385), errors++;
                                                break;
                                              }
                                              indices22[item22] = i57;
                                            }
                                          }
                                        }
                                      } else {
                                        let err386 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.services.items.properties.log_groups.type, parentSchema: schema34.else.properties.services.items.properties.log_groups, data: data137 };
                                        vErrors === null ? vErrors = [err386] : vErrors.push(err386), errors++;
                                      }
                                    }
                                    if (data133.source_arns !== void 0) {
                                      let data139 = data133.source_arns;
                                      if (Array.isArray(data139)) {
                                        if (data139.length > 100) {
                                          let err387 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema34.else.properties.services.items.properties.source_arns, data: data139 };
                                          vErrors === null ? vErrors = [err387] : vErrors.push(err387), errors++;
                                        }
                                        if (data139.length < 1) {
                                          let err388 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.services.items.properties.source_arns, data: data139 };
                                          vErrors === null ? vErrors = [err388] : vErrors.push(err388), errors++;
                                        }
                                        let len32 = data139.length;
                                        for (let i58 = 0; i58 < len32; i58++) {
                                          let data140 = data139[i58];
                                          if (typeof data140 == "string") {
                                            if (func2(data140) > 2048) {
                                              let err389 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/source_arns/" + i58, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema34.else.properties.services.items.properties.source_arns.items, data: data140 };
                                              vErrors === null ? vErrors = [err389] : vErrors.push(err389), errors++;
                                            }
                                            if (!pattern20.test(data140)) {
                                              let err390 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/source_arns/" + i58, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", parentSchema: schema34.else.properties.services.items.properties.source_arns.items, data: data140 };
                                              vErrors === null ? vErrors = [err390] : vErrors.push(err390), errors++;
                                            }
                                          } else {
                                            let err391 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/source_arns/" + i58, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.services.items.properties.source_arns.items.type, parentSchema: schema34.else.properties.services.items.properties.source_arns.items, data: data140 };
                                            vErrors === null ? vErrors = [err391] : vErrors.push(err391), errors++;
                                          }
                                        }
                                        let i59 = data139.length, j26;
                                        if (i59 > 1) {
                                          let indices23 = {};
                                          for (; i59--; ) {
                                            let item23 = data139[i59];
                                            if (typeof item23 == "string") {
                                              if (typeof indices23[item23] == "number") {
                                                j26 = indices23[item23];
                                                let err392 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/uniqueItems", keyword: "uniqueItems", params: { i: i59, j: j26 }, message: "must NOT have duplicate items (items ## " + j26 + " and " + i59 + " are identical)", schema: !0, parentSchema: schema34.else.properties.services.items.properties.source_arns, data: data139 };
                                                vErrors === null ? vErrors = [err392] : vErrors.push(err392), errors++;
                                                break;
                                              }
                                              indices23[item23] = i59;
                                            }
                                          }
                                        }
                                      } else {
                                        let err393 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.services.items.properties.source_arns.type, parentSchema: schema34.else.properties.services.items.properties.source_arns, data: data139 };
                                        vErrors === null ? vErrors = [err393] : vErrors.push(err393), errors++;
                                      }
                                    }
                                    if (data133.role_suffix !== void 0) {
                                      let data141 = data133.role_suffix;
                                      if (typeof data141 == "string") {
                                        if (!pattern21.test(data141)) {
                                          let err394 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/role_suffix", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/role_suffix/pattern", keyword: "pattern", params: { pattern: "^[\\w+=,.@-]{1,64}$" }, message: 'must match pattern "^[\\w+=,.@-]{1,64}$"', schema: "^[\\w+=,.@-]{1,64}$", parentSchema: schema34.else.properties.services.items.properties.role_suffix, data: data141 };
                                          vErrors === null ? vErrors = [err394] : vErrors.push(err394), errors++;
                                        }
                                      } else {
                                        let err395 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53 + "/role_suffix", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/role_suffix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.else.properties.services.items.properties.role_suffix.type, parentSchema: schema34.else.properties.services.items.properties.role_suffix, data: data141 };
                                        vErrors === null ? vErrors = [err395] : vErrors.push(err395), errors++;
                                      }
                                    }
                                  } else {
                                    let err396 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services/" + i53, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.else.properties.services.items.type, parentSchema: schema34.else.properties.services.items, data: data133 };
                                    vErrors === null ? vErrors = [err396] : vErrors.push(err396), errors++;
                                  }
                                }
                                let i60 = data132.length, j27;
                                if (i60 > 1) {
                                  outer3: for (; i60--; )
                                    for (j27 = i60; j27--; )
                                      if (func0(data132[i60], data132[j27])) {
                                        let err397 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i60, j: j27 }, message: "must NOT have duplicate items (items ## " + j27 + " and " + i60 + " are identical)", schema: !0, parentSchema: schema34.else.properties.services, data: data132 };
                                        vErrors === null ? vErrors = [err397] : vErrors.push(err397), errors++;
                                        break outer3;
                                      }
                                }
                              } else {
                                let err398 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.services.type, parentSchema: schema34.else.properties.services, data: data132 };
                                vErrors === null ? vErrors = [err398] : vErrors.push(err398), errors++;
                              }
                            }
                            if (data105.extra_statements !== void 0) {
                              let data142 = data105.extra_statements;
                              if (Array.isArray(data142)) {
                                if (data142.length < 1) {
                                  let err399 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/extra_statements", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.else.properties.extra_statements, data: data142 };
                                  vErrors === null ? vErrors = [err399] : vErrors.push(err399), errors++;
                                }
                                let len33 = data142.length;
                                for (let i61 = 0; i61 < len33; i61++) {
                                  let data143 = data142[i61];
                                  if (!(data143 && typeof data143 == "object" && !Array.isArray(data143))) {
                                    let err400 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/extra_statements/" + i61, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.else.properties.extra_statements.items.type, parentSchema: schema34.else.properties.extra_statements.items, data: data143 };
                                    vErrors === null ? vErrors = [err400] : vErrors.push(err400), errors++;
                                  }
                                }
                              } else {
                                let err401 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy/extra_statements", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.else.properties.extra_statements.type, parentSchema: schema34.else.properties.extra_statements, data: data142 };
                                vErrors === null ? vErrors = [err401] : vErrors.push(err401), errors++;
                              }
                            }
                          } else {
                            let err402 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.else.type, parentSchema: schema34.else, data: data105 };
                            vErrors === null ? vErrors = [err402] : vErrors.push(err402), errors++;
                          }
                          var _valid3 = _errs266 === errors;
                          valid95 = _valid3, valid95 && props2 !== !0 && (props2 = !0), ifClause3 = "else";
                        }
                        if (!valid95) {
                          let err403 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema34.if, parentSchema: schema34, data: data105 };
                          vErrors === null ? vErrors = [err403] : vErrors.push(err403), errors++;
                        }
                      }
                      if (data102.tags !== void 0) {
                        let data144 = data102.tags;
                        if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                          if (Object.keys(data144).length > 50) {
                            let err404 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema35, data: data144 };
                            vErrors === null ? vErrors = [err404] : vErrors.push(err404), errors++;
                          }
                          for (let key44 in data144) {
                            let _errs363 = errors;
                            if (typeof key44 == "string") {
                              if (func2(key44) > 128) {
                                let err405 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35.propertyNames, data: key44, propertyName: key44 };
                                vErrors === null ? vErrors = [err405] : vErrors.push(err405), errors++;
                              }
                              if (func2(key44) < 1) {
                                let err406 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key44, propertyName: key44 };
                                vErrors === null ? vErrors = [err406] : vErrors.push(err406), errors++;
                              }
                              if (!pattern8.test(key44)) {
                                let err407 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, message: 'must match pattern "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"', schema: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", parentSchema: schema35.propertyNames, data: key44, propertyName: key44 };
                                vErrors === null ? vErrors = [err407] : vErrors.push(err407), errors++;
                              }
                            }
                            var valid150 = _errs363 === errors;
                            if (!valid150) {
                              let err408 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames", keyword: "propertyNames", params: { propertyName: key44 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data: data144 };
                              vErrors === null ? vErrors = [err408] : vErrors.push(err408), errors++;
                            }
                          }
                          for (let key45 in data144) {
                            let data145 = data144[key45];
                            if (typeof data145 == "string") {
                              if (func2(data145) > 256) {
                                let err409 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema35.additionalProperties, data: data145 };
                                vErrors === null ? vErrors = [err409] : vErrors.push(err409), errors++;
                              }
                              if (!pattern9.test(data145)) {
                                let err410 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" }, message: 'must match pattern "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"', schema: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", parentSchema: schema35.additionalProperties, data: data145 };
                                vErrors === null ? vErrors = [err410] : vErrors.push(err410), errors++;
                              }
                            } else {
                              let err411 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.additionalProperties.type, parentSchema: schema35.additionalProperties, data: data145 };
                              vErrors === null ? vErrors = [err411] : vErrors.push(err411), errors++;
                            }
                          }
                        } else {
                          let err412 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data144 };
                          vErrors === null ? vErrors = [err412] : vErrors.push(err412), errors++;
                        }
                      }
                      if (data102.aliases !== void 0) {
                        let data146 = data102.aliases;
                        if (Array.isArray(data146)) {
                          let len34 = data146.length;
                          for (let i62 = 0; i62 < len34; i62++) {
                            let data147 = data146[i62];
                            if (typeof data147 == "string") {
                              if (func2(data147) > 256) {
                                let err413 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/aliases/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema36.items, data: data147 };
                                vErrors === null ? vErrors = [err413] : vErrors.push(err413), errors++;
                              }
                              if (!pattern39.test(data147)) {
                                let err414 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/aliases/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/pattern", keyword: "pattern", params: { pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$" }, message: 'must match pattern "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$"', schema: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$", parentSchema: schema36.items, data: data147 };
                                vErrors === null ? vErrors = [err414] : vErrors.push(err414), errors++;
                              }
                            } else {
                              let err415 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/aliases/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.items.type, parentSchema: schema36.items, data: data147 };
                              vErrors === null ? vErrors = [err415] : vErrors.push(err415), errors++;
                            }
                          }
                          let i63 = data146.length, j28;
                          if (i63 > 1) {
                            let indices24 = {};
                            for (; i63--; ) {
                              let item24 = data146[i63];
                              if (typeof item24 == "string") {
                                if (typeof indices24[item24] == "number") {
                                  j28 = indices24[item24];
                                  let err416 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/aliases", schemaPath: "#/properties/keys/additionalProperties/properties/aliases/uniqueItems", keyword: "uniqueItems", params: { i: i63, j: j28 }, message: "must NOT have duplicate items (items ## " + j28 + " and " + i63 + " are identical)", schema: !0, parentSchema: schema36, data: data146 };
                                  vErrors === null ? vErrors = [err416] : vErrors.push(err416), errors++;
                                  break;
                                }
                                indices24[item24] = i63;
                              }
                            }
                          }
                        } else {
                          let err417 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/aliases", schemaPath: "#/properties/keys/additionalProperties/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.type, parentSchema: schema36, data: data146 };
                          vErrors === null ? vErrors = [err417] : vErrors.push(err417), errors++;
                        }
                      }
                      if (data102.deletion_window_in_days !== void 0) {
                        let data148 = data102.deletion_window_in_days;
                        if (!(typeof data148 == "number" && !(data148 % 1) && !isNaN(data148) && isFinite(data148))) {
                          let err418 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.type, parentSchema: schema37, data: data148 };
                          vErrors === null ? vErrors = [err418] : vErrors.push(err418), errors++;
                        }
                        if (typeof data148 == "number" && isFinite(data148)) {
                          if (data148 > 30 || isNaN(data148)) {
                            let err419 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema37, data: data148 };
                            vErrors === null ? vErrors = [err419] : vErrors.push(err419), errors++;
                          }
                          if (data148 < 7 || isNaN(data148)) {
                            let err420 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 7 }, message: "must be >= 7", schema: 7, parentSchema: schema37, data: data148 };
                            vErrors === null ? vErrors = [err420] : vErrors.push(err420), errors++;
                          }
                        }
                      }
                      if (data102.state !== void 0) {
                        let data149 = data102.state;
                        if (!(data149 === "enabled" || data149 === "disabled" || data149 === "pending_deletion")) {
                          let err421 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33 + "/state", schemaPath: "#/properties/keys/additionalProperties/properties/state/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data149 };
                          vErrors === null ? vErrors = [err421] : vErrors.push(err421), errors++;
                        }
                      }
                    } else {
                      let err422 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.replicas.items.else.type, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items.else, data: data102 };
                      vErrors === null ? vErrors = [err422] : vErrors.push(err422), errors++;
                    }
                    var _valid2 = _errs248 === errors;
                    valid91 = _valid2, ifClause2 = "else";
                  }
                  if (!valid91) {
                    let err423 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i33, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema31.properties.keys.additionalProperties.properties.replicas.items.if, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items, data: data102 };
                    vErrors === null ? vErrors = [err423] : vErrors.push(err423), errors++;
                  }
                }
              } else {
                let err424 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas", schemaPath: "#/properties/keys/additionalProperties/properties/replicas/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.replicas.type, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas, data: data101 };
                vErrors === null ? vErrors = [err424] : vErrors.push(err424), errors++;
              }
            }
            if (data79.bypass_policy_lockout_safety_check !== void 0) {
              let data150 = data79.bypass_policy_lockout_safety_check;
              if (typeof data150 != "boolean") {
                let err425 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/bypass_policy_lockout_safety_check", schemaPath: "#/properties/keys/additionalProperties/properties/bypass_policy_lockout_safety_check/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.keys.additionalProperties.properties.bypass_policy_lockout_safety_check.type, parentSchema: schema31.properties.keys.additionalProperties.properties.bypass_policy_lockout_safety_check, data: data150 };
                vErrors === null ? vErrors = [err425] : vErrors.push(err425), errors++;
              }
            }
            if (data79.policy !== void 0) {
              let data151 = data79.policy;
              if (!(data151 && typeof data151 == "object" && !Array.isArray(data151))) {
                let err426 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy, data: data151 };
                vErrors === null ? vErrors = [err426] : vErrors.push(err426), errors++;
              }
              let _errs381 = errors, valid158 = !0, _errs382 = errors;
              if (data151 && typeof data151 == "object" && !Array.isArray(data151)) {
                let missing1;
                if (data151.document === void 0 && (missing1 = "document")) {
                  let err427 = {};
                  vErrors === null ? vErrors = [err427] : vErrors.push(err427), errors++;
                }
              }
              var _valid6 = _errs382 === errors;
              errors = _errs381, vErrors !== null && (_errs381 ? vErrors.length = _errs381 : vErrors = null);
              let ifClause6;
              if (_valid6) {
                let _errs383 = errors;
                if (data151 && typeof data151 == "object" && !Array.isArray(data151)) {
                  if (data151.document === void 0) {
                    let err428 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property 'document'", schema: schema31.properties.keys.additionalProperties.properties.policy.then.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then, data: data151 };
                    vErrors === null ? vErrors = [err428] : vErrors.push(err428), errors++;
                  }
                  for (let key46 in data151)
                    if (key46 !== "document") {
                      let err429 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then, data: data151 };
                      vErrors === null ? vErrors = [err429] : vErrors.push(err429), errors++;
                    }
                  if (data151.document !== void 0) {
                    let data152 = data151.document;
                    if (!(data152 && typeof data152 == "object" && !Array.isArray(data152))) {
                      let err430 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/document", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/properties/document/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.then.properties.document.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then.properties.document, data: data152 };
                      vErrors === null ? vErrors = [err430] : vErrors.push(err430), errors++;
                    }
                  }
                } else {
                  let err431 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.then.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then, data: data151 };
                  vErrors === null ? vErrors = [err431] : vErrors.push(err431), errors++;
                }
                var _valid6 = _errs383 === errors;
                if (valid158 = _valid6, valid158)
                  var props6 = !0;
                ifClause6 = "then";
              } else {
                let _errs388 = errors;
                if (data151 && typeof data151 == "object" && !Array.isArray(data151)) {
                  for (let key47 in data151)
                    if (!func1.call(schema31.properties.keys.additionalProperties.properties.policy.else.properties, key47)) {
                      let err432 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else, data: data151 };
                      vErrors === null ? vErrors = [err432] : vErrors.push(err432), errors++;
                    }
                  if (data151.admins !== void 0) {
                    let data153 = data151.admins;
                    if (Array.isArray(data153)) {
                      let len35 = data153.length;
                      for (let i64 = 0; i64 < len35; i64++) {
                        let data154 = data153[i64];
                        if (typeof data154 == "string") {
                          if (func2(data154) > 2048) {
                            let err433 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins/" + i64, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items, data: data154 };
                            vErrors === null ? vErrors = [err433] : vErrors.push(err433), errors++;
                          }
                          if (func2(data154) < 1) {
                            let err434 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins/" + i64, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items, data: data154 };
                            vErrors === null ? vErrors = [err434] : vErrors.push(err434), errors++;
                          }
                        } else {
                          let err435 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins/" + i64, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items, data: data154 };
                          vErrors === null ? vErrors = [err435] : vErrors.push(err435), errors++;
                        }
                      }
                      let i65 = data153.length, j29;
                      if (i65 > 1) {
                        let indices25 = {};
                        for (; i65--; ) {
                          let item25 = data153[i65];
                          if (typeof item25 == "string") {
                            if (typeof indices25[item25] == "number") {
                              j29 = indices25[item25];
                              let err436 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/uniqueItems", keyword: "uniqueItems", params: { i: i65, j: j29 }, message: "must NOT have duplicate items (items ## " + j29 + " and " + i65 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins, data: data153 };
                              vErrors === null ? vErrors = [err436] : vErrors.push(err436), errors++;
                              break;
                            }
                            indices25[item25] = i65;
                          }
                        }
                      }
                    } else {
                      let err437 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins, data: data153 };
                      vErrors === null ? vErrors = [err437] : vErrors.push(err437), errors++;
                    }
                  }
                  if (data151.users !== void 0) {
                    let data155 = data151.users;
                    if (Array.isArray(data155)) {
                      let len36 = data155.length;
                      for (let i66 = 0; i66 < len36; i66++) {
                        let data156 = data155[i66], _errs398 = errors, valid166 = !0, _errs399 = errors;
                        if (typeof data156 != "string") {
                          let err438 = {};
                          vErrors === null ? vErrors = [err438] : vErrors.push(err438), errors++;
                        }
                        var _valid7 = _errs399 === errors;
                        errors = _errs398, vErrors !== null && (_errs398 ? vErrors.length = _errs398 : vErrors = null);
                        let ifClause7;
                        if (_valid7) {
                          let _errs401 = errors;
                          if (typeof data156 == "string") {
                            if (func2(data156) > 2048) {
                              let err439 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then, data: data156 };
                              vErrors === null ? vErrors = [err439] : vErrors.push(err439), errors++;
                            }
                            if (func2(data156) < 1) {
                              let err440 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then, data: data156 };
                              vErrors === null ? vErrors = [err440] : vErrors.push(err440), errors++;
                            }
                          } else {
                            let err441 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then, data: data156 };
                            vErrors === null ? vErrors = [err441] : vErrors.push(err441), errors++;
                          }
                          var _valid7 = _errs401 === errors;
                          valid166 = _valid7, ifClause7 = "then";
                        } else {
                          let _errs403 = errors;
                          if (data156 && typeof data156 == "object" && !Array.isArray(data156)) {
                            if (data156.principals === void 0) {
                              let err442 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/required", keyword: "required", params: { missingProperty: "principals" }, message: "must have required property 'principals'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data156 };
                              vErrors === null ? vErrors = [err442] : vErrors.push(err442), errors++;
                            }
                            if (data156.actions === void 0) {
                              let err443 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data156 };
                              vErrors === null ? vErrors = [err443] : vErrors.push(err443), errors++;
                            }
                            for (let key48 in data156)
                              if (!(key48 === "principals" || key48 === "actions")) {
                                let err444 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data156 };
                                vErrors === null ? vErrors = [err444] : vErrors.push(err444), errors++;
                              }
                            if (data156.principals !== void 0) {
                              let data157 = data156.principals;
                              if (Array.isArray(data157)) {
                                if (data157.length < 1) {
                                  let err445 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals, data: data157 };
                                  vErrors === null ? vErrors = [err445] : vErrors.push(err445), errors++;
                                }
                                let len37 = data157.length;
                                for (let i67 = 0; i67 < len37; i67++) {
                                  let data158 = data157[i67];
                                  if (typeof data158 == "string") {
                                    if (func2(data158) > 2048) {
                                      let err446 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/principals/" + i67, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items, data: data158 };
                                      vErrors === null ? vErrors = [err446] : vErrors.push(err446), errors++;
                                    }
                                    if (func2(data158) < 1) {
                                      let err447 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/principals/" + i67, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items, data: data158 };
                                      vErrors === null ? vErrors = [err447] : vErrors.push(err447), errors++;
                                    }
                                  } else {
                                    let err448 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/principals/" + i67, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items, data: data158 };
                                    vErrors === null ? vErrors = [err448] : vErrors.push(err448), errors++;
                                  }
                                }
                                let i68 = data157.length, j30;
                                if (i68 > 1) {
                                  let indices26 = {};
                                  for (; i68--; ) {
                                    let item26 = data157[i68];
                                    if (typeof item26 == "string") {
                                      if (typeof indices26[item26] == "number") {
                                        j30 = indices26[item26];
                                        let err449 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/uniqueItems", keyword: "uniqueItems", params: { i: i68, j: j30 }, message: "must NOT have duplicate items (items ## " + j30 + " and " + i68 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals, data: data157 };
                                        vErrors === null ? vErrors = [err449] : vErrors.push(err449), errors++;
                                        break;
                                      }
                                      indices26[item26] = i68;
                                    }
                                  }
                                }
                              } else {
                                let err450 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals, data: data157 };
                                vErrors === null ? vErrors = [err450] : vErrors.push(err450), errors++;
                              }
                            }
                            if (data156.actions !== void 0) {
                              let data159 = data156.actions;
                              if (Array.isArray(data159)) {
                                if (data159.length < 1) {
                                  let err451 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions, data: data159 };
                                  vErrors === null ? vErrors = [err451] : vErrors.push(err451), errors++;
                                }
                                let len38 = data159.length;
                                for (let i69 = 0; i69 < len38; i69++) {
                                  let data160 = data159[i69];
                                  if (typeof data160 == "string") {
                                    if (!pattern10.test(data160)) {
                                      let err452 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/actions/" + i69, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.items, data: data160 };
                                      vErrors === null ? vErrors = [err452] : vErrors.push(err452), errors++;
                                    }
                                  } else {
                                    let err453 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/actions/" + i69, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.items, data: data160 };
                                    vErrors === null ? vErrors = [err453] : vErrors.push(err453), errors++;
                                  }
                                }
                                let i70 = data159.length, j31;
                                if (i70 > 1) {
                                  let indices27 = {};
                                  for (; i70--; ) {
                                    let item27 = data159[i70];
                                    if (typeof item27 == "string") {
                                      if (typeof indices27[item27] == "number") {
                                        j31 = indices27[item27];
                                        let err454 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i70, j: j31 }, message: "must NOT have duplicate items (items ## " + j31 + " and " + i70 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions, data: data159 };
                                        vErrors === null ? vErrors = [err454] : vErrors.push(err454), errors++;
                                        break;
                                      }
                                      indices27[item27] = i70;
                                    }
                                  }
                                }
                              } else {
                                let err455 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions, data: data159 };
                                vErrors === null ? vErrors = [err455] : vErrors.push(err455), errors++;
                              }
                            }
                          } else {
                            let err456 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data156 };
                            vErrors === null ? vErrors = [err456] : vErrors.push(err456), errors++;
                          }
                          var _valid7 = _errs403 === errors;
                          valid166 = _valid7, ifClause7 = "else";
                        }
                        if (!valid166) {
                          let err457 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i66, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/if", keyword: "if", params: { failingKeyword: ifClause7 }, message: 'must match "' + ifClause7 + '" schema', schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.if, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items, data: data156 };
                          vErrors === null ? vErrors = [err457] : vErrors.push(err457), errors++;
                        }
                      }
                      let i71 = data155.length, j32;
                      if (i71 > 1) {
                        outer4: for (; i71--; )
                          for (j32 = i71; j32--; )
                            if (func0(data155[i71], data155[j32])) {
                              let err458 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i71, j: j32 }, message: "must NOT have duplicate items (items ## " + j32 + " and " + i71 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users, data: data155 };
                              vErrors === null ? vErrors = [err458] : vErrors.push(err458), errors++;
                              break outer4;
                            }
                      }
                    } else {
                      let err459 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users, data: data155 };
                      vErrors === null ? vErrors = [err459] : vErrors.push(err459), errors++;
                    }
                  }
                  if (data151.via_service !== void 0) {
                    let data161 = data151.via_service;
                    if (Array.isArray(data161)) {
                      let len39 = data161.length;
                      for (let i72 = 0; i72 < len39; i72++) {
                        let data162 = data161[i72];
                        if (typeof data162 == "string") {
                          if (!pattern11.test(data162)) {
                            let err460 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service/" + i72, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.items, data: data162 };
                            vErrors === null ? vErrors = [err460] : vErrors.push(err460), errors++;
                          }
                        } else {
                          let err461 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service/" + i72, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.items, data: data162 };
                          vErrors === null ? vErrors = [err461] : vErrors.push(err461), errors++;
                        }
                      }
                      let i73 = data161.length, j33;
                      if (i73 > 1) {
                        let indices28 = {};
                        for (; i73--; ) {
                          let item28 = data161[i73];
                          if (typeof item28 == "string") {
                            if (typeof indices28[item28] == "number") {
                              j33 = indices28[item28];
                              let err462 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/uniqueItems", keyword: "uniqueItems", params: { i: i73, j: j33 }, message: "must NOT have duplicate items (items ## " + j33 + " and " + i73 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service, data: data161 };
                              vErrors === null ? vErrors = [err462] : vErrors.push(err462), errors++;
                              break;
                            }
                            indices28[item28] = i73;
                          }
                        }
                      }
                    } else {
                      let err463 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service, data: data161 };
                      vErrors === null ? vErrors = [err463] : vErrors.push(err463), errors++;
                    }
                  }
                  if (data151.encryption_context !== void 0) {
                    let data163 = data151.encryption_context;
                    if (data163 && typeof data163 == "object" && !Array.isArray(data163)) {
                      if (Object.keys(data163).length > 32) {
                        let err464 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context, data: data163 };
                        vErrors === null ? vErrors = [err464] : vErrors.push(err464), errors++;
                      }
                      for (let key49 in data163) {
                        let _errs420 = errors;
                        if (typeof key49 == "string") {
                          if (func2(key49) > 256) {
                            let err465 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.propertyNames, data: key49, propertyName: key49 };
                            vErrors === null ? vErrors = [err465] : vErrors.push(err465), errors++;
                          }
                          if (func2(key49) < 1) {
                            let err466 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.propertyNames, data: key49, propertyName: key49 };
                            vErrors === null ? vErrors = [err466] : vErrors.push(err466), errors++;
                          }
                        }
                        var valid178 = _errs420 === errors;
                        if (!valid178) {
                          let err467 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames", keyword: "propertyNames", params: { propertyName: key49 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context, data: data163 };
                          vErrors === null ? vErrors = [err467] : vErrors.push(err467), errors++;
                        }
                      }
                      for (let key50 in data163) {
                        let data164 = data163[key50];
                        if (typeof data164 == "string") {
                          if (func2(data164) > 256) {
                            let err468 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.additionalProperties, data: data164 };
                            vErrors === null ? vErrors = [err468] : vErrors.push(err468), errors++;
                          }
                        } else {
                          let err469 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.additionalProperties, data: data164 };
                          vErrors === null ? vErrors = [err469] : vErrors.push(err469), errors++;
                        }
                      }
                    } else {
                      let err470 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context, data: data163 };
                      vErrors === null ? vErrors = [err470] : vErrors.push(err470), errors++;
                    }
                  }
                  if (data151.cross_account !== void 0) {
                    let data165 = data151.cross_account;
                    if (Array.isArray(data165)) {
                      let len40 = data165.length;
                      for (let i74 = 0; i74 < len40; i74++) {
                        let data166 = data165[i74];
                        if (data166 && typeof data166 == "object" && !Array.isArray(data166)) {
                          if (data166.principal === void 0) {
                            let err471 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data166 };
                            vErrors === null ? vErrors = [err471] : vErrors.push(err471), errors++;
                          }
                          if (data166.actions === void 0) {
                            let err472 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data166 };
                            vErrors === null ? vErrors = [err472] : vErrors.push(err472), errors++;
                          }
                          for (let key51 in data166)
                            if (!(key51 === "principal" || key51 === "actions")) {
                              let err473 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data166 };
                              vErrors === null ? vErrors = [err473] : vErrors.push(err473), errors++;
                            }
                          if (data166.principal !== void 0) {
                            let data167 = data166.principal;
                            if (typeof data167 == "string") {
                              if (func2(data167) > 2048) {
                                let err474 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal, data: data167 };
                                vErrors === null ? vErrors = [err474] : vErrors.push(err474), errors++;
                              }
                              if (func2(data167) < 1) {
                                let err475 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal, data: data167 };
                                vErrors === null ? vErrors = [err475] : vErrors.push(err475), errors++;
                              }
                            } else {
                              let err476 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal, data: data167 };
                              vErrors === null ? vErrors = [err476] : vErrors.push(err476), errors++;
                            }
                          }
                          if (data166.actions !== void 0) {
                            let data168 = data166.actions;
                            if (Array.isArray(data168)) {
                              if (data168.length < 1) {
                                let err477 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions, data: data168 };
                                vErrors === null ? vErrors = [err477] : vErrors.push(err477), errors++;
                              }
                              let len41 = data168.length;
                              for (let i75 = 0; i75 < len41; i75++) {
                                let data169 = data168[i75];
                                if (typeof data169 == "string") {
                                  if (!pattern10.test(data169)) {
                                    let err478 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/actions/" + i75, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.items, data: data169 };
                                    vErrors === null ? vErrors = [err478] : vErrors.push(err478), errors++;
                                  }
                                } else {
                                  let err479 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/actions/" + i75, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.items, data: data169 };
                                  vErrors === null ? vErrors = [err479] : vErrors.push(err479), errors++;
                                }
                              }
                              let i76 = data168.length, j34;
                              if (i76 > 1) {
                                let indices29 = {};
                                for (; i76--; ) {
                                  let item29 = data168[i76];
                                  if (typeof item29 == "string") {
                                    if (typeof indices29[item29] == "number") {
                                      j34 = indices29[item29];
                                      let err480 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i76, j: j34 }, message: "must NOT have duplicate items (items ## " + j34 + " and " + i76 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions, data: data168 };
                                      vErrors === null ? vErrors = [err480] : vErrors.push(err480), errors++;
                                      break;
                                    }
                                    indices29[item29] = i76;
                                  }
                                }
                              }
                            } else {
                              let err481 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions, data: data168 };
                              vErrors === null ? vErrors = [err481] : vErrors.push(err481), errors++;
                            }
                          }
                        } else {
                          let err482 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i74, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data166 };
                          vErrors === null ? vErrors = [err482] : vErrors.push(err482), errors++;
                        }
                      }
                    } else {
                      let err483 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account, data: data165 };
                      vErrors === null ? vErrors = [err483] : vErrors.push(err483), errors++;
                    }
                  }
                  if (data151.organization !== void 0) {
                    let data170 = data151.organization, _errs436 = errors, valid186 = !0, _errs437 = errors;
                    if (typeof data170 != "string") {
                      let err484 = {};
                      vErrors === null ? vErrors = [err484] : vErrors.push(err484), errors++;
                    }
                    var _valid8 = _errs437 === errors;
                    errors = _errs436, vErrors !== null && (_errs436 ? vErrors.length = _errs436 : vErrors = null);
                    let ifClause8;
                    if (_valid8) {
                      let _errs439 = errors;
                      if (typeof data170 == "string") {
                        if (!pattern13.test(data170)) {
                          let err485 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/then/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.then, data: data170 };
                          vErrors === null ? vErrors = [err485] : vErrors.push(err485), errors++;
                        }
                      } else {
                        let err486 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.then.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.then, data: data170 };
                        vErrors === null ? vErrors = [err486] : vErrors.push(err486), errors++;
                      }
                      var _valid8 = _errs439 === errors;
                      valid186 = _valid8, ifClause8 = "then";
                    } else {
                      let _errs441 = errors;
                      if (data170 && typeof data170 == "object" && !Array.isArray(data170)) {
                        for (let key52 in data170)
                          if (!(key52 === "id" || key52 === "paths" || key52 === "actions")) {
                            let err487 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else, data: data170 };
                            vErrors === null ? vErrors = [err487] : vErrors.push(err487), errors++;
                          }
                        if (data170.id !== void 0) {
                          let data171 = data170.id;
                          if (typeof data171 == "string") {
                            if (!pattern13.test(data171)) {
                              let err488 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/id", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/id/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.id, data: data171 };
                              vErrors === null ? vErrors = [err488] : vErrors.push(err488), errors++;
                            }
                          } else {
                            let err489 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/id", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.id.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.id, data: data171 };
                            vErrors === null ? vErrors = [err489] : vErrors.push(err489), errors++;
                          }
                        }
                        if (data170.paths !== void 0) {
                          let data172 = data170.paths;
                          if (Array.isArray(data172)) {
                            if (data172.length < 1) {
                              let err490 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths, data: data172 };
                              vErrors === null ? vErrors = [err490] : vErrors.push(err490), errors++;
                            }
                            let len42 = data172.length;
                            for (let i77 = 0; i77 < len42; i77++) {
                              let data173 = data172[i77];
                              if (typeof data173 == "string") {
                                if (func2(data173) > 2048) {
                                  let err491 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths/" + i77, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items, data: data173 };
                                  vErrors === null ? vErrors = [err491] : vErrors.push(err491), errors++;
                                }
                                if (!pattern15.test(data173)) {
                                  let err492 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths/" + i77, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$"', schema: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items, data: data173 };
                                  vErrors === null ? vErrors = [err492] : vErrors.push(err492), errors++;
                                }
                              } else {
                                let err493 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths/" + i77, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items, data: data173 };
                                vErrors === null ? vErrors = [err493] : vErrors.push(err493), errors++;
                              }
                            }
                            let i78 = data172.length, j35;
                            if (i78 > 1) {
                              let indices30 = {};
                              for (; i78--; ) {
                                let item30 = data172[i78];
                                if (typeof item30 == "string") {
                                  if (typeof indices30[item30] == "number") {
                                    j35 = indices30[item30];
                                    let err494 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i78, j: j35 }, message: "must NOT have duplicate items (items ## " + j35 + " and " + i78 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths, data: data172 };
                                    vErrors === null ? vErrors = [err494] : vErrors.push(err494), errors++;
                                    break;
                                  }
                                  indices30[item30] = i78;
                                }
                              }
                            }
                          } else {
                            let err495 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths, data: data172 };
                            vErrors === null ? vErrors = [err495] : vErrors.push(err495), errors++;
                          }
                        }
                        if (data170.actions !== void 0) {
                          let data174 = data170.actions;
                          if (Array.isArray(data174)) {
                            if (data174.length < 1) {
                              let err496 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions, data: data174 };
                              vErrors === null ? vErrors = [err496] : vErrors.push(err496), errors++;
                            }
                            let len43 = data174.length;
                            for (let i79 = 0; i79 < len43; i79++) {
                              let data175 = data174[i79];
                              if (typeof data175 == "string") {
                                if (!pattern10.test(data175)) {
                                  let err497 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions/" + i79, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.items, data: data175 };
                                  vErrors === null ? vErrors = [err497] : vErrors.push(err497), errors++;
                                }
                              } else {
                                let err498 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions/" + i79, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.items, data: data175 };
                                vErrors === null ? vErrors = [err498] : vErrors.push(err498), errors++;
                              }
                            }
                            let i80 = data174.length, j36;
                            if (i80 > 1) {
                              let indices31 = {};
                              for (; i80--; ) {
                                let item31 = data174[i80];
                                if (typeof item31 == "string") {
                                  if (typeof indices31[item31] == "number") {
                                    j36 = indices31[item31];
                                    let err499 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i80, j: j36 }, message: "must NOT have duplicate items (items ## " + j36 + " and " + i80 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions, data: data174 };
                                    vErrors === null ? vErrors = [err499] : vErrors.push(err499), errors++;
                                    break;
                                  }
                                  indices31[item31] = i80;
                                }
                              }
                            }
                          } else {
                            let err500 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions, data: data174 };
                            vErrors === null ? vErrors = [err500] : vErrors.push(err500), errors++;
                          }
                        }
                      } else {
                        let err501 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else, data: data170 };
                        vErrors === null ? vErrors = [err501] : vErrors.push(err501), errors++;
                      }
                      var _valid8 = _errs441 === errors;
                      valid186 = _valid8, ifClause8 = "else";
                    }
                    if (!valid186) {
                      let err502 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/if", keyword: "if", params: { failingKeyword: ifClause8 }, message: 'must match "' + ifClause8 + '" schema', schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.if, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization, data: data170 };
                      vErrors === null ? vErrors = [err502] : vErrors.push(err502), errors++;
                    }
                  }
                  if (data151.require_mfa_for !== void 0) {
                    let data176 = data151.require_mfa_for;
                    if (Array.isArray(data176)) {
                      let len44 = data176.length;
                      for (let i81 = 0; i81 < len44; i81++) {
                        let data177 = data176[i81];
                        if (typeof data177 == "string") {
                          if (!pattern10.test(data177)) {
                            let err503 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for/" + i81, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.items, data: data177 };
                            vErrors === null ? vErrors = [err503] : vErrors.push(err503), errors++;
                          }
                        } else {
                          let err504 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for/" + i81, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.items, data: data177 };
                          vErrors === null ? vErrors = [err504] : vErrors.push(err504), errors++;
                        }
                      }
                      let i82 = data176.length, j37;
                      if (i82 > 1) {
                        let indices32 = {};
                        for (; i82--; ) {
                          let item32 = data176[i82];
                          if (typeof item32 == "string") {
                            if (typeof indices32[item32] == "number") {
                              j37 = indices32[item32];
                              let err505 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/uniqueItems", keyword: "uniqueItems", params: { i: i82, j: j37 }, message: "must NOT have duplicate items (items ## " + j37 + " and " + i82 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for, data: data176 };
                              vErrors === null ? vErrors = [err505] : vErrors.push(err505), errors++;
                              break;
                            }
                            indices32[item32] = i82;
                          }
                        }
                      }
                    } else {
                      let err506 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for, data: data176 };
                      vErrors === null ? vErrors = [err506] : vErrors.push(err506), errors++;
                    }
                  }
                  if (data151.services !== void 0) {
                    let data178 = data151.services;
                    if (Array.isArray(data178)) {
                      if (data178.length > 32) {
                        let err507 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services, data: data178 };
                        vErrors === null ? vErrors = [err507] : vErrors.push(err507), errors++;
                      }
                      let len45 = data178.length;
                      for (let i83 = 0; i83 < len45; i83++) {
                        let data179 = data178[i83];
                        if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
                          if (data179.service === void 0) {
                            let err508 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items, data: data179 };
                            vErrors === null ? vErrors = [err508] : vErrors.push(err508), errors++;
                          }
                          for (let key53 in data179)
                            if (!(key53 === "service" || key53 === "trails" || key53 === "log_groups" || key53 === "source_arns" || key53 === "role_suffix")) {
                              let err509 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items, data: data179 };
                              vErrors === null ? vErrors = [err509] : vErrors.push(err509), errors++;
                            }
                          if (data179.service !== void 0) {
                            let data180 = data179.service;
                            if (!(data180 === "autoscaling" || data180 === "cloudtrail" || data180 === "cloudwatch" || data180 === "config" || data180 === "events" || data180 === "guardduty" || data180 === "logs" || data180 === "route53-dnssec" || data180 === "s3" || data180 === "ses" || data180 === "sns")) {
                              let err510 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/service/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.service.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.service.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.service, data: data180 };
                              vErrors === null ? vErrors = [err510] : vErrors.push(err510), errors++;
                            }
                          }
                          if (data179.trails !== void 0) {
                            let data181 = data179.trails;
                            if (Array.isArray(data181)) {
                              if (data181.length > 100) {
                                let err511 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data181 };
                                vErrors === null ? vErrors = [err511] : vErrors.push(err511), errors++;
                              }
                              if (data181.length < 1) {
                                let err512 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data181 };
                                vErrors === null ? vErrors = [err512] : vErrors.push(err512), errors++;
                              }
                              let len46 = data181.length;
                              for (let i84 = 0; i84 < len46; i84++) {
                                let data182 = data181[i84];
                                if (typeof data182 == "string") {
                                  if (func2(data182) > 2048) {
                                    let err513 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/trails/" + i84, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items, data: data182 };
                                    vErrors === null ? vErrors = [err513] : vErrors.push(err513), errors++;
                                  }
                                  if (!pattern18.test(data182)) {
                                    let err514 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/trails/" + i84, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/pattern", keyword: "pattern", params: { pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$" }, message: 'must match pattern "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$"', schema: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items, data: data182 };
                                    vErrors === null ? vErrors = [err514] : vErrors.push(err514), errors++;
                                  }
                                } else {
                                  let err515 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/trails/" + i84, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items, data: data182 };
                                  vErrors === null ? vErrors = [err515] : vErrors.push(err515), errors++;
                                }
                              }
                              let i85 = data181.length, j38;
                              if (i85 > 1) {
                                let indices33 = {};
                                for (; i85--; ) {
                                  let item33 = data181[i85];
                                  if (typeof item33 == "string") {
                                    if (typeof indices33[item33] == "number") {
                                      j38 = indices33[item33];
                                      let err516 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/uniqueItems", keyword: "uniqueItems", params: { i: i85, j: j38 }, message: "must NOT have duplicate items (items ## " + j38 + " and " + i85 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data181 };
                                      vErrors === null ? vErrors = [err516] : vErrors.push(err516), errors++;
                                      break;
                                    }
                                    indices33[item33] = i85;
                                  }
                                }
                              }
                            } else {
                              let err517 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data181 };
                              vErrors === null ? vErrors = [err517] : vErrors.push(err517), errors++;
                            }
                          }
                          if (data179.log_groups !== void 0) {
                            let data183 = data179.log_groups;
                            if (Array.isArray(data183)) {
                              if (data183.length > 100) {
                                let err518 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data183 };
                                vErrors === null ? vErrors = [err518] : vErrors.push(err518), errors++;
                              }
                              if (data183.length < 1) {
                                let err519 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data183 };
                                vErrors === null ? vErrors = [err519] : vErrors.push(err519), errors++;
                              }
                              let len47 = data183.length;
                              for (let i86 = 0; i86 < len47; i86++) {
                                let data184 = data183[i86];
                                if (typeof data184 == "string") {
                                  if (!pattern19.test(data184)) {
                                    let err520 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/log_groups/" + i86, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/items/pattern", keyword: "pattern", params: { pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$" }, message: 'must match pattern "^[.\\-_/#A-Za-z0-9]{1,512}$"', schema: "^[.\\-_/#A-Za-z0-9]{1,512}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.items, data: data184 };
                                    vErrors === null ? vErrors = [err520] : vErrors.push(err520), errors++;
                                  }
                                } else {
                                  let err521 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/log_groups/" + i86, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.items, data: data184 };
                                  vErrors === null ? vErrors = [err521] : vErrors.push(err521), errors++;
                                }
                              }
                              let i87 = data183.length, j39;
                              if (i87 > 1) {
                                let indices34 = {};
                                for (; i87--; ) {
                                  let item34 = data183[i87];
                                  if (typeof item34 == "string") {
                                    if (typeof indices34[item34] == "number") {
                                      j39 = indices34[item34];
                                      let err522 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/uniqueItems", keyword: "uniqueItems", params: { i: i87, j: j39 }, message: "must NOT have duplicate items (items ## " + j39 + " and " + i87 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data183 };
                                      vErrors === null ? vErrors = [err522] : vErrors.push(err522), errors++;
                                      break;
                                    }
                                    indices34[item34] = i87;
                                  }
                                }
                              }
                            } else {
                              let err523 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data183 };
                              vErrors === null ? vErrors = [err523] : vErrors.push(err523), errors++;
                            }
                          }
                          if (data179.source_arns !== void 0) {
                            let data185 = data179.source_arns;
                            if (Array.isArray(data185)) {
                              if (data185.length > 100) {
                                let err524 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data185 };
                                vErrors === null ? vErrors = [err524] : vErrors.push(err524), errors++;
                              }
                              if (data185.length < 1) {
                                let err525 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data185 };
                                vErrors === null ? vErrors = [err525] : vErrors.push(err525), errors++;
                              }
                              let len48 = data185.length;
                              for (let i88 = 0; i88 < len48; i88++) {
                                let data186 = data185[i88];
                                if (typeof data186 == "string") {
                                  if (func2(data186) > 2048) {
                                    let err526 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/source_arns/" + i88, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items, data: data186 };
                                    vErrors === null ? vErrors = [err526] : vErrors.push(err526), errors++;
                                  }
                                  if (!pattern20.test(data186)) {
                                    let err527 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/source_arns/" + i88, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items, data: data186 };
                                    vErrors === null ? vErrors = [err527] : vErrors.push(err527), errors++;
                                  }
                                } else {
                                  let err528 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/source_arns/" + i88, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items, data: data186 };
                                  vErrors === null ? vErrors = [err528] : vErrors.push(err528), errors++;
                                }
                              }
                              let i89 = data185.length, j40;
                              if (i89 > 1) {
                                let indices35 = {};
                                for (; i89--; ) {
                                  let item35 = data185[i89];
                                  if (typeof item35 == "string") {
                                    if (typeof indices35[item35] == "number") {
                                      j40 = indices35[item35];
                                      let err529 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/uniqueItems", keyword: "uniqueItems", params: { i: i89, j: j40 }, message: "must NOT have duplicate items (items ## " + j40 + " and " + i89 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data185 };
                                      vErrors === null ? vErrors = [err529] : vErrors.push(err529), errors++;
                                      break;
                                    }
                                    indices35[item35] = i89;
                                  }
                                }
                              }
                            } else {
                              let err530 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data185 };
                              vErrors === null ? vErrors = [err530] : vErrors.push(err530), errors++;
                            }
                          }
                          if (data179.role_suffix !== void 0) {
                            let data187 = data179.role_suffix;
                            if (typeof data187 == "string") {
                              if (!pattern21.test(data187)) {
                                let err531 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/role_suffix", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/role_suffix/pattern", keyword: "pattern", params: { pattern: "^[\\w+=,.@-]{1,64}$" }, message: 'must match pattern "^[\\w+=,.@-]{1,64}$"', schema: "^[\\w+=,.@-]{1,64}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.role_suffix, data: data187 };
                                vErrors === null ? vErrors = [err531] : vErrors.push(err531), errors++;
                              }
                            } else {
                              let err532 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83 + "/role_suffix", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/role_suffix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.role_suffix.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.role_suffix, data: data187 };
                              vErrors === null ? vErrors = [err532] : vErrors.push(err532), errors++;
                            }
                          }
                        } else {
                          let err533 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i83, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items, data: data179 };
                          vErrors === null ? vErrors = [err533] : vErrors.push(err533), errors++;
                        }
                      }
                      let i90 = data178.length, j41;
                      if (i90 > 1) {
                        outer5: for (; i90--; )
                          for (j41 = i90; j41--; )
                            if (func0(data178[i90], data178[j41])) {
                              let err534 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i90, j: j41 }, message: "must NOT have duplicate items (items ## " + j41 + " and " + i90 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services, data: data178 };
                              vErrors === null ? vErrors = [err534] : vErrors.push(err534), errors++;
                              break outer5;
                            }
                      }
                    } else {
                      let err535 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services, data: data178 };
                      vErrors === null ? vErrors = [err535] : vErrors.push(err535), errors++;
                    }
                  }
                  if (data151.extra_statements !== void 0) {
                    let data188 = data151.extra_statements;
                    if (Array.isArray(data188)) {
                      if (data188.length < 1) {
                        let err536 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/extra_statements", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements, data: data188 };
                        vErrors === null ? vErrors = [err536] : vErrors.push(err536), errors++;
                      }
                      let len49 = data188.length;
                      for (let i91 = 0; i91 < len49; i91++) {
                        let data189 = data188[i91];
                        if (!(data189 && typeof data189 == "object" && !Array.isArray(data189))) {
                          let err537 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/extra_statements/" + i91, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements.items, data: data189 };
                          vErrors === null ? vErrors = [err537] : vErrors.push(err537), errors++;
                        }
                      }
                    } else {
                      let err538 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/extra_statements", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements, data: data188 };
                      vErrors === null ? vErrors = [err538] : vErrors.push(err538), errors++;
                    }
                  }
                } else {
                  let err539 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else, data: data151 };
                  vErrors === null ? vErrors = [err539] : vErrors.push(err539), errors++;
                }
                var _valid6 = _errs388 === errors;
                valid158 = _valid6, valid158 && props6 !== !0 && (props6 = !0), ifClause6 = "else";
              }
              if (!valid158) {
                let err540 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/if", keyword: "if", params: { failingKeyword: ifClause6 }, message: 'must match "' + ifClause6 + '" schema', schema: schema31.properties.keys.additionalProperties.properties.policy.if, parentSchema: schema31.properties.keys.additionalProperties.properties.policy, data: data151 };
                vErrors === null ? vErrors = [err540] : vErrors.push(err540), errors++;
              }
            }
            if (data79.grants !== void 0) {
              let data190 = data79.grants;
              if (Array.isArray(data190)) {
                let len50 = data190.length;
                for (let i92 = 0; i92 < len50; i92++) {
                  let data191 = data190[i92];
                  if (data191 && typeof data191 == "object" && !Array.isArray(data191)) {
                    if (data191.name === void 0) {
                      let err541 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.keys.additionalProperties.properties.grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data191 };
                      vErrors === null ? vErrors = [err541] : vErrors.push(err541), errors++;
                    }
                    if (data191.grantee === void 0) {
                      let err542 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/required", keyword: "required", params: { missingProperty: "grantee" }, message: "must have required property 'grantee'", schema: schema31.properties.keys.additionalProperties.properties.grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data191 };
                      vErrors === null ? vErrors = [err542] : vErrors.push(err542), errors++;
                    }
                    if (data191.operations === void 0) {
                      let err543 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/required", keyword: "required", params: { missingProperty: "operations" }, message: "must have required property 'operations'", schema: schema31.properties.keys.additionalProperties.properties.grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data191 };
                      vErrors === null ? vErrors = [err543] : vErrors.push(err543), errors++;
                    }
                    for (let key54 in data191)
                      if (!(key54 === "name" || key54 === "grantee" || key54 === "retiring_principal" || key54 === "operations" || key54 === "encryption_context_subset" || key54 === "encryption_context_equals" || key54 === "source_arn")) {
                        let err544 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data191 };
                        vErrors === null ? vErrors = [err544] : vErrors.push(err544), errors++;
                      }
                    if (data191.name !== void 0) {
                      let data192 = data191.name;
                      if (typeof data192 == "string") {
                        if (func2(data192) > 256) {
                          let err545 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data192 };
                          vErrors === null ? vErrors = [err545] : vErrors.push(err545), errors++;
                        }
                        if (func2(data192) < 1) {
                          let err546 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data192 };
                          vErrors === null ? vErrors = [err546] : vErrors.push(err546), errors++;
                        }
                        if (!pattern71.test(data192)) {
                          let err547 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9:/_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9:/_-]+$"', schema: "^[a-zA-Z0-9:/_-]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data192 };
                          vErrors === null ? vErrors = [err547] : vErrors.push(err547), errors++;
                        }
                      } else {
                        let err548 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data192 };
                        vErrors === null ? vErrors = [err548] : vErrors.push(err548), errors++;
                      }
                    }
                    if (data191.grantee !== void 0) {
                      let data193 = data191.grantee;
                      if (typeof data193 == "string") {
                        if (func2(data193) > 2048) {
                          let err549 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/grantee/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee, data: data193 };
                          vErrors === null ? vErrors = [err549] : vErrors.push(err549), errors++;
                        }
                        if (func2(data193) < 1) {
                          let err550 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/grantee/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee, data: data193 };
                          vErrors === null ? vErrors = [err550] : vErrors.push(err550), errors++;
                        }
                      } else {
                        let err551 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/grantee/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee, data: data193 };
                        vErrors === null ? vErrors = [err551] : vErrors.push(err551), errors++;
                      }
                    }
                    if (data191.retiring_principal !== void 0) {
                      let data194 = data191.retiring_principal;
                      if (typeof data194 == "string") {
                        if (func2(data194) > 2048) {
                          let err552 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/retiring_principal", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/retiring_principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal, data: data194 };
                          vErrors === null ? vErrors = [err552] : vErrors.push(err552), errors++;
                        }
                        if (func2(data194) < 1) {
                          let err553 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/retiring_principal", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/retiring_principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal, data: data194 };
                          vErrors === null ? vErrors = [err553] : vErrors.push(err553), errors++;
                        }
                      } else {
                        let err554 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/retiring_principal", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/retiring_principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal, data: data194 };
                        vErrors === null ? vErrors = [err554] : vErrors.push(err554), errors++;
                      }
                    }
                    if (data191.operations !== void 0) {
                      let data195 = data191.operations;
                      if (Array.isArray(data195)) {
                        if (data195.length < 1) {
                          let err555 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/operations", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations, data: data195 };
                          vErrors === null ? vErrors = [err555] : vErrors.push(err555), errors++;
                        }
                        let len51 = data195.length;
                        for (let i93 = 0; i93 < len51; i93++) {
                          let data196 = data195[i93];
                          if (!(data196 === "Decrypt" || data196 === "Encrypt" || data196 === "GenerateDataKey" || data196 === "GenerateDataKeyWithoutPlaintext" || data196 === "ReEncryptFrom" || data196 === "ReEncryptTo" || data196 === "Sign" || data196 === "Verify" || data196 === "GetPublicKey" || data196 === "CreateGrant" || data196 === "RetireGrant" || data196 === "DescribeKey" || data196 === "GenerateDataKeyPair" || data196 === "GenerateDataKeyPairWithoutPlaintext" || data196 === "GenerateMac" || data196 === "VerifyMac" || data196 === "DeriveSharedSecret")) {
                            let err556 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/operations/" + i93, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.items.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.items, data: data196 };
                            vErrors === null ? vErrors = [err556] : vErrors.push(err556), errors++;
                          }
                        }
                        let i94 = data195.length, j42;
                        if (i94 > 1) {
                          outer6: for (; i94--; )
                            for (j42 = i94; j42--; )
                              if (func0(data195[i94], data195[j42])) {
                                let err557 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/operations", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/uniqueItems", keyword: "uniqueItems", params: { i: i94, j: j42 }, message: "must NOT have duplicate items (items ## " + j42 + " and " + i94 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations, data: data195 };
                                vErrors === null ? vErrors = [err557] : vErrors.push(err557), errors++;
                                break outer6;
                              }
                        }
                      } else {
                        let err558 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/operations", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations, data: data195 };
                        vErrors === null ? vErrors = [err558] : vErrors.push(err558), errors++;
                      }
                    }
                    if (data191.encryption_context_subset !== void 0) {
                      let data197 = data191.encryption_context_subset;
                      if (data197 && typeof data197 == "object" && !Array.isArray(data197)) {
                        if (Object.keys(data197).length > 32) {
                          let err559 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset, data: data197 };
                          vErrors === null ? vErrors = [err559] : vErrors.push(err559), errors++;
                        }
                        for (let key55 in data197) {
                          let _errs498 = errors;
                          if (typeof key55 == "string") {
                            if (func2(key55) > 256) {
                              let err560 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.propertyNames, data: key55, propertyName: key55 };
                              vErrors === null ? vErrors = [err560] : vErrors.push(err560), errors++;
                            }
                            if (func2(key55) < 1) {
                              let err561 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.propertyNames, data: key55, propertyName: key55 };
                              vErrors === null ? vErrors = [err561] : vErrors.push(err561), errors++;
                            }
                          }
                          var valid218 = _errs498 === errors;
                          if (!valid218) {
                            let err562 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/propertyNames", keyword: "propertyNames", params: { propertyName: key55 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset, data: data197 };
                            vErrors === null ? vErrors = [err562] : vErrors.push(err562), errors++;
                          }
                        }
                        for (let key56 in data197) {
                          let data198 = data197[key56];
                          if (typeof data198 == "string") {
                            if (func2(data198) > 256) {
                              let err563 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_subset/" + key56.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.additionalProperties, data: data198 };
                              vErrors === null ? vErrors = [err563] : vErrors.push(err563), errors++;
                            }
                          } else {
                            let err564 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_subset/" + key56.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.additionalProperties, data: data198 };
                            vErrors === null ? vErrors = [err564] : vErrors.push(err564), errors++;
                          }
                        }
                      } else {
                        let err565 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset, data: data197 };
                        vErrors === null ? vErrors = [err565] : vErrors.push(err565), errors++;
                      }
                    }
                    if (data191.encryption_context_equals !== void 0) {
                      let data199 = data191.encryption_context_equals;
                      if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
                        if (Object.keys(data199).length > 32) {
                          let err566 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals, data: data199 };
                          vErrors === null ? vErrors = [err566] : vErrors.push(err566), errors++;
                        }
                        for (let key57 in data199) {
                          let _errs504 = errors;
                          if (typeof key57 == "string") {
                            if (func2(key57) > 256) {
                              let err567 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.propertyNames, data: key57, propertyName: key57 };
                              vErrors === null ? vErrors = [err567] : vErrors.push(err567), errors++;
                            }
                            if (func2(key57) < 1) {
                              let err568 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.propertyNames, data: key57, propertyName: key57 };
                              vErrors === null ? vErrors = [err568] : vErrors.push(err568), errors++;
                            }
                          }
                          var valid220 = _errs504 === errors;
                          if (!valid220) {
                            let err569 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/propertyNames", keyword: "propertyNames", params: { propertyName: key57 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals, data: data199 };
                            vErrors === null ? vErrors = [err569] : vErrors.push(err569), errors++;
                          }
                        }
                        for (let key58 in data199) {
                          let data200 = data199[key58];
                          if (typeof data200 == "string") {
                            if (func2(data200) > 256) {
                              let err570 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_equals/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.additionalProperties, data: data200 };
                              vErrors === null ? vErrors = [err570] : vErrors.push(err570), errors++;
                            }
                          } else {
                            let err571 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_equals/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.additionalProperties, data: data200 };
                            vErrors === null ? vErrors = [err571] : vErrors.push(err571), errors++;
                          }
                        }
                      } else {
                        let err572 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals, data: data199 };
                        vErrors === null ? vErrors = [err572] : vErrors.push(err572), errors++;
                      }
                    }
                    if (data191.source_arn !== void 0) {
                      let data201 = data191.source_arn;
                      if (typeof data201 == "string") {
                        if (func2(data201) > 2048) {
                          let err573 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/source_arn", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/source_arn/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn, data: data201 };
                          vErrors === null ? vErrors = [err573] : vErrors.push(err573), errors++;
                        }
                        if (!pattern20.test(data201)) {
                          let err574 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/source_arn", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/source_arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn, data: data201 };
                          vErrors === null ? vErrors = [err574] : vErrors.push(err574), errors++;
                        }
                      } else {
                        let err575 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92 + "/source_arn", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/source_arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn, data: data201 };
                        vErrors === null ? vErrors = [err575] : vErrors.push(err575), errors++;
                      }
                    }
                  } else {
                    let err576 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i92, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.grants.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data191 };
                    vErrors === null ? vErrors = [err576] : vErrors.push(err576), errors++;
                  }
                }
              } else {
                let err577 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/keys/additionalProperties/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.grants.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants, data: data190 };
                vErrors === null ? vErrors = [err577] : vErrors.push(err577), errors++;
              }
            }
            if (data79.keep_grants !== void 0) {
              let data202 = data79.keep_grants;
              if (Array.isArray(data202)) {
                if (data202.length > 100) {
                  let err578 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants, data: data202 };
                  vErrors === null ? vErrors = [err578] : vErrors.push(err578), errors++;
                }
                let len52 = data202.length;
                for (let i95 = 0; i95 < len52; i95++) {
                  let data203 = data202[i95];
                  if (data203 && typeof data203 == "object" && !Array.isArray(data203)) {
                    if (data203.grantee === void 0) {
                      let err579 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/required", keyword: "required", params: { missingProperty: "grantee" }, message: "must have required property 'grantee'", schema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items, data: data203 };
                      vErrors === null ? vErrors = [err579] : vErrors.push(err579), errors++;
                    }
                    if (data203.reason === void 0) {
                      let err580 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items, data: data203 };
                      vErrors === null ? vErrors = [err580] : vErrors.push(err580), errors++;
                    }
                    for (let key59 in data203)
                      if (!(key59 === "grantee" || key59 === "reason")) {
                        let err581 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items, data: data203 };
                        vErrors === null ? vErrors = [err581] : vErrors.push(err581), errors++;
                      }
                    if (data203.grantee !== void 0) {
                      let data204 = data203.grantee;
                      if (typeof data204 == "string") {
                        if (func2(data204) > 2048) {
                          let err582 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.grantee, data: data204 };
                          vErrors === null ? vErrors = [err582] : vErrors.push(err582), errors++;
                        }
                        if (func2(data204) < 1) {
                          let err583 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.grantee, data: data204 };
                          vErrors === null ? vErrors = [err583] : vErrors.push(err583), errors++;
                        }
                        if (!pattern22.test(data204)) {
                          let err584 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/pattern", keyword: "pattern", params: { pattern: "^[^*?\\s]+$" }, message: 'must match pattern "^[^*?\\s]+$"', schema: "^[^*?\\s]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.grantee, data: data204 };
                          vErrors === null ? vErrors = [err584] : vErrors.push(err584), errors++;
                        }
                      } else {
                        let err585 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/grantee/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.grantee.type, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.grantee, data: data204 };
                        vErrors === null ? vErrors = [err585] : vErrors.push(err585), errors++;
                      }
                    }
                    if (data203.reason !== void 0) {
                      let data205 = data203.reason;
                      if (typeof data205 == "string") {
                        if (func2(data205) > 1024) {
                          let err586 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.reason, data: data205 };
                          vErrors === null ? vErrors = [err586] : vErrors.push(err586), errors++;
                        }
                        if (func2(data205) < 1) {
                          let err587 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.reason, data: data205 };
                          vErrors === null ? vErrors = [err587] : vErrors.push(err587), errors++;
                        }
                        if (!pattern23.test(data205)) {
                          let err588 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.reason, data: data205 };
                          vErrors === null ? vErrors = [err588] : vErrors.push(err588), errors++;
                        }
                      } else {
                        let err589 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.reason.type, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.properties.reason, data: data205 };
                        vErrors === null ? vErrors = [err589] : vErrors.push(err589), errors++;
                      }
                    }
                  } else {
                    let err590 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants/" + i95, schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.keep_grants.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants.items, data: data203 };
                    vErrors === null ? vErrors = [err590] : vErrors.push(err590), errors++;
                  }
                }
              } else {
                let err591 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/keep_grants", schemaPath: "#/properties/keys/additionalProperties/properties/keep_grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.keep_grants.type, parentSchema: schema31.properties.keys.additionalProperties.properties.keep_grants, data: data202 };
                vErrors === null ? vErrors = [err591] : vErrors.push(err591), errors++;
              }
            }
            if (data79.lint_ignore !== void 0) {
              let data206 = data79.lint_ignore;
              if (Array.isArray(data206)) {
                let len53 = data206.length;
                for (let i96 = 0; i96 < len53; i96++) {
                  let data207 = data206[i96];
                  if (data207 && typeof data207 == "object" && !Array.isArray(data207)) {
                    if (data207.rule === void 0) {
                      let err592 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data207 };
                      vErrors === null ? vErrors = [err592] : vErrors.push(err592), errors++;
                    }
                    if (data207.reason === void 0) {
                      let err593 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data207 };
                      vErrors === null ? vErrors = [err593] : vErrors.push(err593), errors++;
                    }
                    for (let key60 in data207)
                      if (!(key60 === "rule" || key60 === "reason")) {
                        let err594 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data207 };
                        vErrors === null ? vErrors = [err594] : vErrors.push(err594), errors++;
                      }
                    if (data207.rule !== void 0) {
                      let data208 = data207.rule;
                      if (!(data208 === "public-principal" || data208 === "no-root-backstop" || data208 === "admin-user-overlap" || data208 === "wildcard-action" || data208 === "missing-mfa-guard" || data208 === "cross-account-access" || data208 === "missing-encryption-context" || data208 === "unscoped-service-principal" || data208 === "invalid-policy" || data208 === "aws-managed-key" || data208 === "shared-key" || data208 === "rotation-disabled" || data208 === "rotation-period" || data208 === "deletion-window" || data208 === "required-tags" || data208 === "alias-naming" || data208 === "alias-environment-mismatch" || data208 === "compliance-isolation" || data208 === "policy-lockout-bypass")) {
                        let err595 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96 + "/rule", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.rule.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.rule.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.rule, data: data208 };
                        vErrors === null ? vErrors = [err595] : vErrors.push(err595), errors++;
                      }
                    }
                    if (data207.reason !== void 0) {
                      let data209 = data207.reason;
                      if (typeof data209 == "string") {
                        if (func2(data209) < 1) {
                          let err596 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason, data: data209 };
                          vErrors === null ? vErrors = [err596] : vErrors.push(err596), errors++;
                        }
                        if (!pattern23.test(data209)) {
                          let err597 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason, data: data209 };
                          vErrors === null ? vErrors = [err597] : vErrors.push(err597), errors++;
                        }
                      } else {
                        let err598 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason.type, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason, data: data209 };
                        vErrors === null ? vErrors = [err598] : vErrors.push(err598), errors++;
                      }
                    }
                  } else {
                    let err599 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i96, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data207 };
                    vErrors === null ? vErrors = [err599] : vErrors.push(err599), errors++;
                  }
                }
              } else {
                let err600 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.type, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore, data: data206 };
                vErrors === null ? vErrors = [err600] : vErrors.push(err600), errors++;
              }
            }
          } else {
            let err601 = { instancePath: instancePath + "/keys/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties, data: data79 };
            vErrors === null ? vErrors = [err601] : vErrors.push(err601), errors++;
          }
        }
      } else {
        let err602 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.type, parentSchema: schema31.properties.keys, data: data78 };
        vErrors === null ? vErrors = [err602] : vErrors.push(err602), errors++;
      }
    }
  } else {
    let err603 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    vErrors === null ? vErrors = [err603] : vErrors.push(err603), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };

// core/manifest/hint-near-miss.ts
var MERGE_KEY_HINT = 'YAML merge keys (`<<:`) are written unquoted: a quoted `"<<"` is a field name, and keys have no such field';
function hintNearMiss(path, value) {
  if (typeof value != "string") return;
  if (path.findLast((segment) => !/^\d+$/.test(String(segment))) === "aliases" && !value.startsWith("alias/") && value.length <= 250)
    return `did you mean \`alias/${value.replace(/^alias:/i, "").replace(/^\/+/, "")}\`?`;
}

// core/manifest/key-only-default-hint.ts
var KEY_ONLY_FIELDS = {
  adopt: "adopts exactly one existing key",
  moved_from: "names exactly one earlier logical name",
  aliases: "an alias names exactly one key per account and Region",
  state: "is decided key by key, so that one line cannot disable or delete every key",
  bypass_policy_lockout_safety_check: "is decided key by key, so that one line cannot turn off the lockout check of every key",
  grants: "grant names are per key",
  lint_ignore: "each exception carries its own reason; use `lint.rules:` for the whole manifest",
  replicas: "lists one key's Regions"
};
function keyOnlyDefaultHint(field) {
  let why = Object.hasOwn(KEY_ONLY_FIELDS, field) ? KEY_ONLY_FIELDS[field] : void 0;
  if (why !== void 0)
    return `\`${field}\` cannot be a default (${why}): write it on each key, or share it with a YAML merge key (\`<<: *shared\`) or a \`key_templates:\` entry`;
}

// core/manifest/replica-field-hint.ts
var SHARED_WITH_PRIMARY = {
  rotation: "automatic rotation is shared by a multi-Region key and its replicas",
  key_spec: "the key spec is shared by a multi-Region key and its replicas",
  key_usage: "the key usage is shared by a multi-Region key and its replicas",
  origin: "the key material origin is shared by a multi-Region key and its replicas",
  multi_region: "a replica is multi-Region by nature",
  account: "a replica is in its key's account",
  adopt: "a replica is found through its key",
  moved_from: "a replica is renamed with its key",
  replicas: "replicas are listed on the key",
  grants: "kms-action manages grants on the key only",
  bypass_policy_lockout_safety_check: "the key's setting applies to its replicas",
  environment: "a replica serves its key's environment",
  service: "a replica serves its key's service",
  compliance: "a replica is in its key's compliance domain",
  lint_ignore: "lint exceptions are written on the key"
};
function replicaFieldHint(field) {
  let why = Object.hasOwn(SHARED_WITH_PRIMARY, field) ? SHARED_WITH_PRIMARY[field] : void 0;
  if (why !== void 0)
    return {
      message: `\`${field}\` cannot be set on a replica: ${why}`,
      hint: `set \`${field}\` on the key; a replica entry takes \`region\`, \`description\`, \`policy\`, \`tags\`, \`aliases\`, \`deletion_window_in_days\` and \`state\``
    };
}

// core/manifest/validate-manifest.ts
var MAX_SCHEMA_PROBLEMS = 100;
function validateManifest(loaded) {
  let validate2 = validate;
  if (validate2(loaded.data))
    return { valid: !0, manifest: loaded.data, problems: [] };
  let seen = /* @__PURE__ */ new Set(), problems = [], errors = relevantErrors(validate2.errors ?? []);
  for (let [index, error] of errors.entries()) {
    let problem = toProblem(loaded, error), id = `${problem.path}\0${problem.message}`;
    if (!seen.has(id)) {
      if (problems.length === MAX_SCHEMA_PROBLEMS) {
        problems.push({
          ...problem,
          message: `more schema errors follow (${errors.length - index} from here): only the first ${MAX_SCHEMA_PROBLEMS} are reported`,
          hint: "fix the errors above and validate again"
        });
        break;
      }
      seen.add(id), problems.push(problem);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column), { valid: !1, problems };
}
function relevantErrors(errors) {
  return errors.filter((error) => error.keyword !== "if" && error.propertyName === void 0);
}
function toProblem(loaded, error) {
  let segments = pathSegments(error.instancePath), where = segments.length === 0 ? "the manifest" : `\`${formatPath(segments)}\``, base = (message, hint, keyPath) => {
    let position = keyPath ? loaded.locateKey(keyPath) : loaded.locate(segments), pointer = keyPath ?? segments, origin = loaded.originOf?.(pointer);
    return {
      message: origin === void 0 ? message : `${message} (${origin})`,
      file: loaded.file,
      line: position.line,
      column: position.column,
      path: toJsonPointer(pointer),
      ...hint === void 0 ? {} : { hint }
    };
  }, value = valueAt(loaded.data, segments), subschema = error.parentSchema;
  switch (error.keyword) {
    case "additionalProperties": {
      let field = String(error.params.additionalProperty), allowed = Object.keys(subschema?.properties ?? {});
      if (allowed.length === 1 && allowed[0] === "document")
        return base(
          `${where} mixes \`document\` with the intent field \`${field}\``,
          "use either `document:` (a raw key policy, used as is) or the intent fields (`admins`, `users`, `via_service`, ...), not both",
          [...segments, field]
        );
      let replicaField = segments.length === 4 && segments[0] === "keys" && segments[2] === "replicas" ? replicaFieldHint(field) : void 0;
      if (replicaField !== void 0)
        return base(`${replicaField.message} (${where})`, replicaField.hint, [...segments, field]);
      let suggestion = suggestName(field, allowed), keyOnly = segments.length === 1 && segments[0] === "defaults", hint = field === "<<" ? MERGE_KEY_HINT : keyOnly && keyOnlyDefaultHint(field) !== void 0 ? keyOnlyDefaultHint(field) : suggestion !== void 0 ? `did you mean \`${suggestion}\`?` : `allowed fields: ${allowed.map((name) => `\`${name}\``).join(", ")}`;
      return base(`unknown field \`${field}\` in ${where}`, hint, [...segments, field]);
    }
    case "required": {
      let field = String(error.params.missingProperty), description = subschema?.properties?.[field]?.description;
      return base(`${where} is missing the required field \`${field}\``, description);
    }
    case "propertyNames": {
      let name = String(error.params.propertyName), shown = name === "" ? "an empty name" : `\`${name}\``, allowed = subschema?.propertyNames?.enum;
      if (Array.isArray(allowed)) {
        let names = allowed.map(String), suggestion = suggestName(name, names);
        return base(
          `${shown} is not a known name in ${where}`,
          suggestion !== void 0 ? `did you mean \`${suggestion}\`?` : `expected one of: ${names.join(", ")}`,
          [...segments, name]
        );
      }
      return segments.at(-1) === "principals" && SERVICE_LIKE.test(name) ? base(
        `${shown} reads like an AWS service principal, which a principal name may not: a grantee or user written as this name would look like the service in the manifest while naming the principal it stands for`,
        "rename it (e.g. end it in `-svc`), or write the service principal itself where the service is meant",
        [...segments, name]
      ) : base(
        `${shown} is not a valid name in ${where}`,
        namingHint(segments, subschema?.propertyNames?.maxLength),
        [...segments, name]
      );
    }
    case "type": {
      let expected = String(error.params.type), hint = expected === "string" && typeof value == "number" ? isAccountLike(segments) ? 'quote the account id as written, e.g. `"012345678901"`: unquoted digits are read as a number and leading zeros are lost' : `quote it: \`"${String(value)}"\` (unquoted digits are read as a number)` : subschema?.description;
      return base(`${where} must be ${article(expected)}, got ${describe2(value)}`, hint);
    }
    case "enum": {
      let allowed = error.params.allowedValues.map(String), suggestion = typeof value == "string" ? suggestName(value, allowed) : void 0, hint = suggestion !== void 0 ? `did you mean \`${suggestion}\`?` : `expected one of: ${allowed.join(", ")}`;
      return base(`${where} must be one of the allowed values, got ${describe2(value)}`, hint);
    }
    case "const":
      return base(
        `${where} must be ${JSON.stringify(error.params.allowedValue)}, got ${describe2(value)}`
      );
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      let range = rangeText(subschema);
      return base(`${where} must be ${range}, got ${describe2(value)}`, subschema?.description);
    }
    case "pattern":
      return base(
        `${where} has an invalid format: ${describe2(value)}`,
        hintNearMiss(segments, value) ?? nearestDescription(error.schemaPath)
      );
    case "minLength":
    case "maxLength":
      return base(
        `${where} must be ${lengthText(subschema)} characters long, got ${typeof value == "string" ? value.length : describe2(value)}`,
        subschema?.description
      );
    case "minItems":
      return base(
        `${where} must list at least ${String(error.params.limit)} item${error.params.limit === 1 ? "" : "s"}`,
        subschema?.description
      );
    case "maxProperties":
      return base(
        `${where} has ${Object.keys(value).length} entries, over the limit of ${String(error.params.limit)}`,
        subschema?.description
      );
    case "minProperties":
      return base(
        `${where} must have at least ${String(error.params.limit)} entr${error.params.limit === 1 ? "y" : "ies"}`,
        subschema?.description
      );
    case "uniqueItems": {
      let j = Number(error.params.j);
      return base(
        `${where} lists ${describe2(value[j])} more than once`,
        "remove the duplicate entry"
      );
    }
    default:
      return base(`${where} ${error.message ?? "is invalid"}`, subschema?.description);
  }
}
function nearestDescription(schemaPath) {
  let node = kms_schema_default, found;
  for (let segment of schemaPath.replace(/^#\//, "").split("/")) {
    if (node === null || typeof node != "object") break;
    let description = node.description;
    description !== void 0 && (found = description), node = node[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return found;
}
function pathSegments(instancePath) {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(data, segments) {
  let current = data;
  for (let segment of segments) {
    if (current === null || typeof current != "object") return;
    current = current[segment];
  }
  return current;
}
function suggestName(input, allowed) {
  if (allowed.length === 0 || input === "") return;
  let lower = input.toLowerCase(), normalized = lower.replace(/[-\s]/g, "_"), exact = allowed.find((name) => {
    let candidate = name.toLowerCase();
    return candidate === lower || candidate === normalized;
  });
  if (exact !== void 0) return exact;
  let prefixed = allowed.filter((name) => name.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  let suggestion = (0, import_fastest_levenshtein2.closest)(input, [...allowed]);
  return isCloseEnough(input, suggestion) ? suggestion : void 0;
}
function isCloseEnough(input, suggestion) {
  let a = input.toLowerCase(), b = suggestion.toLowerCase();
  return b.includes(a) || a.includes(b) ? !0 : (0, import_fastest_levenshtein2.distance)(a, b) <= Math.max(2, Math.floor(b.length / 3));
}
function describe2(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value == "object") return "a mapping";
  if (typeof value == "number" && !Number.isFinite(value))
    return Number.isNaN(value) ? "not-a-number (`.nan`)" : "infinity (`.inf`)";
  let text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function article(type) {
  switch (type) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "integer":
      return "a whole number";
    case "boolean":
      return "true or false";
    default:
      return `a ${type}`;
  }
}
function rangeText(schemaNode) {
  let { minimum, maximum } = schemaNode ?? {};
  return minimum !== void 0 && maximum !== void 0 ? `between ${minimum} and ${maximum}` : minimum !== void 0 ? `at least ${minimum}` : maximum !== void 0 ? `at most ${maximum}` : "in range";
}
function lengthText(schemaNode) {
  let { minLength, maxLength } = schemaNode ?? {};
  return minLength !== void 0 && maxLength !== void 0 ? `${minLength} to ${maxLength}` : minLength !== void 0 ? `at least ${minLength}` : `at most ${maxLength ?? 0}`;
}
function isAccountLike(segments) {
  return segments[0] === "accounts" || segments.at(-1) === "account";
}
var SERVICE_LIKE = /\.amazonaws\.com(\.cn)?$/;
function namingHint(segments, maxLength) {
  return segments.at(-1) === "tags" ? "tag keys are 1..128 letters, digits, spaces and `_.:/=+-@`; `aws:` and `kms-action:` are reserved" : `names start with a letter or digit and contain only letters, digits, \`_\`, \`.\` and \`-\`${maxLength === void 0 ? "" : `, at most ${maxLength} characters`}`;
}
function formatPath(segments) {
  return segments.map((segment, index) => {
    if (/^\d+$/.test(segment) && index > 0) return `[${segment}]`;
    let name = segment === "" ? '""' : segment;
    return index === 0 ? name : `.${name}`;
  }).join("");
}

// core/manifest/read-manifest.ts
function readManifest(file, content, options) {
  let loaded;
  try {
    loaded = expandKeyTemplates(loadManifest(file, content));
  } catch (error) {
    if (error instanceof ManifestError) return { ok: !1, problems: [...error.problems] };
    throw error;
  }
  let validation = validateManifest(loaded);
  if (!validation.valid) return { ok: !1, problems: validation.problems };
  let compiled = compileDesiredState(loaded, validation.manifest, options);
  return compiled.ok ? { ok: !0, loaded, manifest: validation.manifest, desired: compiled.desired } : compiled.lintable === void 0 ? { ok: !1, problems: compiled.problems } : { ok: !1, problems: compiled.problems, lintable: compiled.lintable };
}

export {
  manifestTooLargeProblem,
  dnsSuffixOf,
  KEY_USER_GRANT_ACTIONS,
  keyAdminActions,
  SERVICE_NAMES,
  generateServiceStatements,
  generateKeyPolicy,
  readManifest
};
