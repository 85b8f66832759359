import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  holdBackReason
} from "./chunk-OYYC2BEA.js";
import {
  describeChange
} from "./chunk-67NWA6VW.js";
import {
  countNoun
} from "./chunk-IEWPRWQS.js";
import {
  require_dist_cjs
} from "./chunk-KV4KW7Z2.js";
import {
  awsErrorName,
  awsHttpStatus,
  toAwsAccessError
} from "./chunk-VWFXGFL7.js";
import {
  OWNERSHIP_TAG_KEY,
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";
import {
  AwsAccessError,
  PlanError,
  errorMessage
} from "./chunk-OXRK6FS4.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// adapters/aws/apply-plan.ts
var import_client_kms3 = __toESM(require_dist_cjs(), 1);

// adapters/aws/apply-create-replica.ts
var import_client_kms2 = __toESM(require_dist_cjs(), 1);

// adapters/aws/to-tag-list.ts
function toTagList(tags) {
  return Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}

// adapters/aws/wait-until-replica-ready.ts
var import_client_kms = __toESM(require_dist_cjs(), 1);

// adapters/aws/wait-for-consistency.ts
var DEFAULT_CONSISTENCY_WAIT = {
  timeoutMs: 12e4,
  initialDelayMs: 1e3
}, PROPAGATION_ERRORS = ["MalformedPolicyDocumentException", "InvalidArnException"];
async function waitForConsistency(operation, call, wait = DEFAULT_CONSISTENCY_WAIT, retryOn = PROPAGATION_ERRORS) {
  let deadline = Date.now() + wait.timeoutMs, delay = wait.initialDelayMs;
  for (; ; )
    try {
      return await call();
    } catch (error) {
      let name = error instanceof Error ? error.name : "";
      if (!retryOn.includes(name) || Date.now() + delay > deadline)
        throw error instanceof Error && retryOn.includes(name) && (error.message = `${error.message} (${operation} still failed after waiting ${Math.round(wait.timeoutMs / 1e3)} s for AWS to propagate changes)`), error;
      await new Promise((resolve) => setTimeout(resolve, delay)), delay = Math.min(delay * 2, 1e4);
    }
}

// adapters/aws/wait-until-replica-ready.ts
async function waitUntilReplicaReady(kms, keyId, region, wait = DEFAULT_CONSISTENCY_WAIT) {
  try {
    await waitForConsistency(
      "DescribeKey",
      async () => {
        let described = await kms.send(new import_client_kms.DescribeKeyCommand({ KeyId: keyId }));
        if (described.KeyMetadata?.KeyState === "Creating") throw new ReplicaStillCreating();
        return described;
      },
      wait,
      ["NotFoundException", STILL_CREATING]
    );
  } catch (error) {
    let name = awsErrorName(error);
    if (name !== "NotFoundException" && name !== STILL_CREATING) throw error;
    let waited = `${String(Math.round(wait.timeoutMs / 1e3))} s`;
    throw new AwsAccessError(
      (name === STILL_CREATING ? `ReplicateKey made replica ${keyId}, but it is still in state Creating in ${region} after waiting ${waited}` : `ReplicateKey made replica ${keyId}, but ${region} does not describe it yet after waiting ${waited} (NotFoundException)`) + ": AWS has not finished creating it. The replica's own changes (aliases, state) were not made; run apply again in a few minutes: until AWS finishes, plan shows a replica-creating problem, then the replica's remaining changes",
      { cause: error }
    );
  }
}
var STILL_CREATING = "ReplicaStillCreating", ReplicaStillCreating = class extends Error {
  name = STILL_CREATING;
  constructor() {
    super("the replica key is in state Creating");
  }
};

// adapters/aws/apply-create-replica.ts
async function applyCreateReplica(change, primaryKeyId, clients, consistency) {
  let kms = clients.kms(change.account, change.region), replicated;
  try {
    replicated = await kms.send(
      new import_client_kms2.ReplicateKeyCommand({
        KeyId: primaryKeyId,
        ReplicaRegion: change.replicaRegion,
        Description: change.replica.description,
        ...change.replica.policy === void 0 ? {} : { Policy: JSON.stringify(change.replica.policy) },
        BypassPolicyLockoutSafetyCheck: change.replica.bypassPolicyLockoutSafetyCheck,
        // Ownership tags in the same call, as for CreateKey: the replica is born managed.
        Tags: toTagList(change.replica.tags)
      })
    );
  } catch (error) {
    throw awsErrorName(error) !== "AlreadyExistsException" ? error : new AwsAccessError(
      `ReplicateKey answered AlreadyExistsException: key ${primaryKeyId} already has a replica in ${change.replicaRegion}. The plan was read before its primary listed that replica (AWS lists a new replica after a few seconds; another apply may just have made it), so it planned to create it again. Nothing was changed: run plan again in a few minutes, the replica is then read and its own settings diffed as an existing replica`,
      { cause: error }
    );
  }
  let id = replicated.ReplicaKeyMetadata?.KeyId ?? primaryKeyId;
  try {
    await waitUntilReplicaReady(
      clients.kms(change.account, change.replicaRegion),
      id,
      change.replicaRegion,
      consistency
    );
  } catch (error) {
    throw toAwsAccessError(error, {
      operation: "DescribeKey",
      service: "kms",
      account: change.account,
      region: change.replicaRegion,
      target: id,
      endpoint: clients.endpointOf("kms", change.replicaRegion)
    });
  }
  return id;
}

// adapters/aws/build-create-grant-input.ts
function buildCreateGrantInput(keyId, grant) {
  let constraints = {
    ...grant.encryptionContextSubset === void 0 ? {} : { EncryptionContextSubset: grant.encryptionContextSubset },
    ...grant.encryptionContextEquals === void 0 ? {} : { EncryptionContextEquals: grant.encryptionContextEquals },
    ...grant.sourceArn === void 0 ? {} : { SourceArn: grant.sourceArn }
  }, retiring = grant.retiringPrincipal;
  return {
    KeyId: keyId,
    Name: grant.name,
    ...isServicePrincipal(grant.granteePrincipal) ? { GranteeServicePrincipal: grant.granteePrincipal } : { GranteePrincipal: grant.granteePrincipal },
    Operations: grant.operations,
    ...retiring === void 0 ? {} : isServicePrincipal(retiring) ? { RetiringServicePrincipal: retiring } : { RetiringPrincipal: retiring },
    ...Object.keys(constraints).length === 0 ? {} : { Constraints: constraints }
  };
}

// adapters/aws/retry-only-if-not-created.ts
function retryOnlyIfNotCreated(command) {
  return command.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        let status = awsHttpStatus(error);
        throw status !== void 0 && status < 500 || awsErrorName(error) === "ECONNREFUSED" ? error : new CreateKeyOutcomeUnknown(error);
      }
    },
    { step: "deserialize", priority: "high", name: "kmsActionCreateKeyOnce", override: !0 }
  ), command;
}
var CreateKeyOutcomeUnknown = class extends Error {
  name = "CreateKeyOutcomeUnknown";
  constructor(failure) {
    super(
      `${awsErrorName(failure)}: ${errorMessage(failure)}; the key may have been created. Not retried, so no duplicate key is made: run apply again, it finds the key by its ownership tags if it exists`
    );
  }
};

// adapters/aws/apply-plan.ts
async function applyPlan(plan, options) {
  if (plan.problems.length > 0)
    throw new PlanError(
      `refusing to apply: the plan has ${countNoun(plan.problems.length, "problem")}: ${plan.problems.map((problem) => `[${problem.code}] ${problem.message}`).join("; ")}`
    );
  let keyIds = /* @__PURE__ */ new Map(), applied = [], heldBack = [];
  for (let [index, change] of plan.changes.entries()) {
    let reason = holdBackReason(change, options);
    if (reason !== void 0) {
      heldBack.push({ change, reason }), options.onProgress?.({ type: "held-back", change, reason });
      continue;
    }
    options.onProgress?.({ type: "start", change });
    try {
      await applyChange(change, options, keyIds);
    } catch (error) {
      return {
        applied,
        heldBack,
        failed: {
          change,
          error: asAwsAccessError(change, error, options.clients),
          notAttempted: plan.changes.slice(index + 1)
        }
      };
    }
    applied.push(change), options.onProgress?.({ type: "done", change });
  }
  return { applied, heldBack };
}
async function applyChange(change, options, keyIds) {
  let kms = options.clients.kms(change.account, change.region), keyId = () => {
    let id = change.keyId ?? keyIds.get(`${change.account}/${change.region}/${change.key}`);
    if (id === void 0)
      throw new PlanError(`no key id for ${change.key}: its creation did not happen in this apply`);
    return id;
  };
  switch (change.action) {
    case "create": {
      let id = (await waitForConsistency(
        "CreateKey",
        () => kms.send(
          retryOnlyIfNotCreated(
            new import_client_kms3.CreateKeyCommand({
              Description: change.after.description,
              KeySpec: change.after.keySpec,
              KeyUsage: change.after.keyUsage,
              ...change.after.origin === void 0 ? {} : { Origin: change.after.origin },
              MultiRegion: change.after.multiRegion,
              ...change.after.policy === void 0 ? {} : { Policy: JSON.stringify(change.after.policy) },
              BypassPolicyLockoutSafetyCheck: change.after.bypassPolicyLockoutSafetyCheck,
              // Ownership tags in the same call: a crash right after leaves no unowned key.
              Tags: toTagList(change.after.tags)
            })
          )
        ),
        options.consistency
      )).KeyMetadata?.KeyId;
      if (id === void 0) throw new Error("CreateKey returned no key id");
      keyIds.set(`${change.account}/${change.region}/${change.key}`, id), await waitUntilDescribable(kms, id, options.consistency);
      return;
    }
    case "update-policy":
      await waitForConsistency(
        "PutKeyPolicy",
        () => kms.send(
          new import_client_kms3.PutKeyPolicyCommand({
            KeyId: keyId(),
            PolicyName: "default",
            Policy: JSON.stringify(change.after),
            BypassPolicyLockoutSafetyCheck: change.bypassPolicyLockoutSafetyCheck
          })
        ),
        options.consistency
      );
      return;
    case "update-description":
      await kms.send(
        new import_client_kms3.UpdateKeyDescriptionCommand({ KeyId: keyId(), Description: change.after })
      );
      return;
    case "update-rotation":
      change.after.enabled ? await kms.send(
        new import_client_kms3.EnableKeyRotationCommand({
          KeyId: keyId(),
          ...change.after.periodInDays === void 0 ? {} : { RotationPeriodInDays: change.after.periodInDays }
        })
      ) : await kms.send(new import_client_kms3.DisableKeyRotationCommand({ KeyId: keyId() }));
      return;
    case "adopt":
      await kms.send(new import_client_kms3.TagResourceCommand({ KeyId: keyId(), Tags: toTagList(change.after) }));
      return;
    case "retag":
      await kms.send(
        new import_client_kms3.TagResourceCommand({
          KeyId: keyId(),
          Tags: toTagList({ [OWNERSHIP_TAG_KEY]: change.after })
        })
      );
      return;
    case "tag":
      Object.keys(change.set).length > 0 && await kms.send(new import_client_kms3.TagResourceCommand({ KeyId: keyId(), Tags: toTagList(change.set) })), change.remove.length > 0 && await kms.send(new import_client_kms3.UntagResourceCommand({ KeyId: keyId(), TagKeys: change.remove }));
      return;
    case "enable":
      await kms.send(new import_client_kms3.EnableKeyCommand({ KeyId: keyId() }));
      return;
    case "disable":
      await kms.send(new import_client_kms3.DisableKeyCommand({ KeyId: keyId() }));
      return;
    case "cancel-deletion":
      await kms.send(new import_client_kms3.CancelKeyDeletionCommand({ KeyId: keyId() }));
      return;
    case "schedule-deletion":
      await kms.send(
        new import_client_kms3.ScheduleKeyDeletionCommand({
          KeyId: keyId(),
          PendingWindowInDays: change.windowInDays
        })
      );
      return;
    case "create-alias":
      await kms.send(new import_client_kms3.CreateAliasCommand({ AliasName: change.alias, TargetKeyId: keyId() }));
      return;
    case "retarget":
      await kms.send(new import_client_kms3.UpdateAliasCommand({ AliasName: change.alias, TargetKeyId: keyId() }));
      return;
    case "delete-alias":
      await kms.send(new import_client_kms3.DeleteAliasCommand({ AliasName: change.alias }));
      return;
    case "create-grant":
      await waitForConsistency(
        "CreateGrant",
        () => kms.send(new import_client_kms3.CreateGrantCommand(buildCreateGrantInput(keyId(), change.after))),
        options.consistency
      );
      return;
    case "revoke-grant":
      await kms.send(new import_client_kms3.RevokeGrantCommand({ KeyId: keyId(), GrantId: change.grantId }));
      return;
    case "create-replica": {
      let id = await applyCreateReplica(change, keyId(), options.clients, options.consistency);
      keyIds.set(`${change.account}/${change.replicaRegion}/${change.key}`, id);
      return;
    }
  }
}
async function waitUntilDescribable(kms, keyId, consistency) {
  await waitForConsistency(
    "DescribeKey",
    () => kms.send(new import_client_kms3.DescribeKeyCommand({ KeyId: keyId })),
    consistency,
    ["NotFoundException"]
  );
}
var OPERATION = {
  create: "CreateKey",
  adopt: "TagResource",
  retag: "TagResource",
  "update-description": "UpdateKeyDescription",
  "update-rotation": "EnableKeyRotation",
  "update-policy": "PutKeyPolicy",
  tag: "TagResource",
  enable: "EnableKey",
  disable: "DisableKey",
  "schedule-deletion": "ScheduleKeyDeletion",
  "cancel-deletion": "CancelKeyDeletion",
  "create-alias": "CreateAlias",
  retarget: "UpdateAlias",
  "delete-alias": "DeleteAlias",
  "create-grant": "CreateGrant",
  "revoke-grant": "RevokeGrant",
  "create-replica": "ReplicateKey"
};
function asAwsAccessError(change, error, clients) {
  if (error instanceof PlanError) return new AwsAccessError(error.message);
  let failure = toAwsAccessError(error, {
    operation: OPERATION[change.action],
    service: "kms",
    account: change.account,
    region: change.region,
    target: change.keyId ?? change.key,
    endpoint: clients.endpointOf("kms", change.region)
  });
  return new AwsAccessError(`${change.address} (${describeChange(change)}): ${failure.message}`, {
    cause: error
  });
}

export {
  applyPlan
};
