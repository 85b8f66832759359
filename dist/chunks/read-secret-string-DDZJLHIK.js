import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs2 as require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  retry_exports
} from "./chunk-RNEI2JW4.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-2ZK27IC7.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-BTB2OLG5.js";

// node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2)), { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports)), { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports)), { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports)), { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports)), { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports)), { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports)), { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports)), { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports)), { defaultProvider } = require_dist_cjs2(), { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector, NodeHttpHandler } = require_dist_cjs(), { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2)), { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports)), defaultSecretsManagerHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "secretsmanager",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultSecretsManagerHttpAuthSchemeProvider = (authParameters) => {
      let options = [];
      switch (authParameters.operation) {
        default:
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
      }
      return options;
    }, resolveHttpAuthSchemeConfig = (config) => {
      let config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    }, resolveClientEndpointParameters = (options) => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
      useFipsEndpoint: options.useFipsEndpoint ?? !1,
      defaultSigningName: "secretsmanager"
    }), commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    }, version = "3.1163.0", packageInfo = {
      version
    }, m = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { fn: f, argv: [i, "name"] }, k = {}, l = [{ [m]: "Region" }], _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "aws"]],
        [g, [j, "aws-cn"]],
        [g, [j, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://secretsmanager-fips.{Region}.amazonaws.com", k],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://secretsmanager.{Region}.amazonaws.com", k],
        ["https://secretsmanager.{Region}.amazonaws.com.cn", k],
        ["https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
      ]
    }, root = 2, r = 1e8, nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      17,
      3,
      1,
      4,
      r + 14,
      2,
      5,
      r + 14,
      3,
      11,
      6,
      4,
      7,
      r + 13,
      5,
      8,
      r + 12,
      7,
      r + 9,
      9,
      8,
      r + 10,
      10,
      9,
      r + 9,
      r + 11,
      4,
      13,
      12,
      6,
      r + 7,
      r + 8,
      5,
      14,
      r + 6,
      6,
      15,
      r + 6,
      7,
      r + 4,
      16,
      9,
      r + 4,
      r + 5,
      3,
      r + 1,
      18,
      4,
      r + 2,
      r + 3
    ]), bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results), cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    var SecretsManagerServiceException = class _SecretsManagerServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _SecretsManagerServiceException.prototype);
      }
    }, DecryptionFailure = class _DecryptionFailure extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#DecryptionFailure";
      name = "DecryptionFailure";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DecryptionFailure",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _DecryptionFailure.prototype), this.Message = opts.Message;
      }
    }, InternalServiceError = class _InternalServiceError extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#InternalServiceError";
      name = "InternalServiceError";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceError",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _InternalServiceError.prototype), this.Message = opts.Message;
      }
    }, InvalidNextTokenException = class _InvalidNextTokenException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#InvalidNextTokenException";
      name = "InvalidNextTokenException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNextTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidNextTokenException.prototype), this.Message = opts.Message;
      }
    }, InvalidParameterException = class _InvalidParameterException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidParameterException.prototype), this.Message = opts.Message;
      }
    }, InvalidRequestException = class _InvalidRequestException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidRequestException.prototype), this.Message = opts.Message;
      }
    }, ResourceNotFoundException = class _ResourceNotFoundException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceNotFoundException.prototype), this.Message = opts.Message;
      }
    }, EncryptionFailure = class _EncryptionFailure extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#EncryptionFailure";
      name = "EncryptionFailure";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EncryptionFailure",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _EncryptionFailure.prototype), this.Message = opts.Message;
      }
    }, LimitExceededException = class _LimitExceededException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _LimitExceededException.prototype), this.Message = opts.Message;
      }
    }, MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#MalformedPolicyDocumentException";
      name = "MalformedPolicyDocumentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype), this.Message = opts.Message;
      }
    }, PreconditionNotMetException = class _PreconditionNotMetException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#PreconditionNotMetException";
      name = "PreconditionNotMetException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PreconditionNotMetException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PreconditionNotMetException.prototype), this.Message = opts.Message;
      }
    }, ResourceExistsException = class _ResourceExistsException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#ResourceExistsException";
      name = "ResourceExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceExistsException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ResourceExistsException.prototype), this.Message = opts.Message;
      }
    }, PublicPolicyException = class _PublicPolicyException extends SecretsManagerServiceException {
      static shapeId = "com.amazonaws.secretsmanager#PublicPolicyException";
      name = "PublicPolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PublicPolicyException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PublicPolicyException.prototype), this.Message = opts.Message;
      }
    }, _AAD = "AutomaticallyAfterDays", _APIELT = "APIErrorListType", _APIET = "APIErrorType", _ARN = "ARN", _ARR = "AddReplicaRegions", _ARRLT = "AddReplicaRegionListType", _BGSV = "BatchGetSecretValue", _BGSVR = "BatchGetSecretValueRequest", _BGSVRa = "BatchGetSecretValueResponse", _BPP = "BlockPublicPolicy", _CD = "CreatedDate", _CN = "CheckName", _CRS = "CancelRotateSecret", _CRSR = "CancelRotateSecretRequest", _CRSRa = "CancelRotateSecretResponse", _CRT = "ClientRequestToken", _CS = "CreateSecret", _CSR = "CreateSecretRequest", _CSRr = "CreateSecretResponse", _D = "Description", _DD = "DeletionDate", _DDe = "DeletedDate", _DF = "DecryptionFailure", _DRP = "DeleteResourcePolicy", _DRPR = "DeleteResourcePolicyRequest", _DRPRe = "DeleteResourcePolicyResponse", _DS = "DeleteSecret", _DSR = "DeleteSecretRequest", _DSRe = "DeleteSecretResponse", _DSRes = "DescribeSecretRequest", _DSResc = "DescribeSecretResponse", _DSe = "DescribeSecret", _Du = "Duration", _E = "Errors", _EC = "ErrorCode", _ECx = "ExcludeCharacters", _EF = "EncryptionFailure", _EL = "ExcludeLowercase", _EM = "ErrorMessage", _EN = "ExcludeNumbers", _EP = "ExcludePunctuation", _ESRM = "ExternalSecretRotationMetadata", _ESRMI = "ExternalSecretRotationMetadataItem", _ESRMT = "ExternalSecretRotationMetadataType", _ESRRA = "ExternalSecretRotationRoleArn", _EU = "ExcludeUppercase", _F = "Filters", _FDWR = "ForceDeleteWithoutRecovery", _FLT = "FiltersListType", _FORS = "ForceOverwriteReplicaSecret", _Fi = "Filter", _GRP = "GetRandomPassword", _GRPR = "GetRandomPasswordRequest", _GRPRe = "GetRandomPasswordResponse", _GRPRet = "GetResourcePolicyRequest", _GRPRete = "GetResourcePolicyResponse", _GRPe = "GetResourcePolicy", _GSV = "GetSecretValue", _GSVR = "GetSecretValueRequest", _GSVRe = "GetSecretValueResponse", _ID = "IncludeDeprecated", _INTE = "InvalidNextTokenException", _IPD = "IncludePlannedDeletion", _IPE = "InvalidParameterException", _IRE = "InvalidRequestException", _IS = "IncludeSpace", _ISE = "InternalServiceError", _K = "Key", _KKI = "KmsKeyId", _KKIm = "KmsKeyIds", _LAD = "LastAccessedDate", _LCD = "LastChangedDate", _LEE = "LimitExceededException", _LRD = "LastRotatedDate", _LS = "ListSecrets", _LSR = "ListSecretsRequest", _LSRi = "ListSecretsResponse", _LSVI = "ListSecretVersionIds", _LSVIR = "ListSecretVersionIdsRequest", _LSVIRi = "ListSecretVersionIdsResponse", _M = "Message", _MPDE = "MalformedPolicyDocumentException", _MR = "MaxResults", _MTVI = "MoveToVersionId", _N = "Name", _NRD = "NextRotationDate", _NT = "NextToken", _OS = "OwningService", _PL = "PasswordLength", _PNME = "PreconditionNotMetException", _PPE = "PublicPolicyException", _PR = "PrimaryRegion", _PRP = "PutResourcePolicy", _PRPR = "PutResourcePolicyRequest", _PRPRu = "PutResourcePolicyResponse", _PSV = "PutSecretValue", _PSVR = "PutSecretValueRequest", _PSVRu = "PutSecretValueResponse", _PVP = "PolicyValidationPassed", _R = "Region", _RE = "RotationEnabled", _REE = "ResourceExistsException", _REIT = "RequireEachIncludedType", _RFVI = "RemoveFromVersionId", _RI = "RotateImmediately", _RLARN = "RotationLambdaARN", _RNFE = "ResourceNotFoundException", _RP = "RandomPassword", _RPT = "RandomPasswordType", _RPe = "ResourcePolicy", _RR = "RotationRules", _RRFR = "RemoveRegionsFromReplication", _RRFRR = "RemoveRegionsFromReplicationRequest", _RRFRRe = "RemoveRegionsFromReplicationResponse", _RRR = "RemoveReplicaRegions", _RRT = "ReplicaRegionType", _RRTo = "RotationRulesType", _RS = "ReplicationStatus", _RSLT = "ReplicationStatusListType", _RSR = "RestoreSecretRequest", _RSRe = "RestoreSecretResponse", _RSRo = "RotateSecretRequest", _RSRot = "RotateSecretResponse", _RST = "ReplicationStatusType", _RSTR = "ReplicateSecretToRegions", _RSTRR = "ReplicateSecretToRegionsRequest", _RSTRRe = "ReplicateSecretToRegionsResponse", _RSe = "RestoreSecret", _RSo = "RotateSecret", _RT = "RotationToken", _RTT = "RotationTokenType", _RWID = "RecoveryWindowInDays", _S = "Status", _SB = "SecretBinary", _SBT = "SecretBinaryType", _SBo = "SortBy", _SE = "ScheduleExpression", _SI = "SecretId", _SIL = "SecretIdList", _SL = "SecretList", _SLE = "SecretListEntry", _SLT = "SecretListType", _SM = "StatusMessage", _SO = "SortOrder", _SRTR = "StopReplicationToReplica", _SRTRR = "StopReplicationToReplicaRequest", _SRTRRt = "StopReplicationToReplicaResponse", _SS = "SecretString", _SST = "SecretStringType", _SV = "SecretValues", _SVE = "SecretValueEntry", _SVLE = "SecretVersionsListEntry", _SVLT = "SecretVersionsListType", _SVT = "SecretValuesType", _SVTS = "SecretVersionsToStages", _SVTSMT = "SecretVersionsToStagesMapType", _T = "Tags", _TK = "TagKeys", _TLT = "TagListType", _TR = "TagResource", _TRR = "TagResourceRequest", _Ta = "Tag", _Ty = "Type", _UR = "UntagResource", _URR = "UntagResourceRequest", _US = "UpdateSecret", _USR = "UpdateSecretRequest", _USRp = "UpdateSecretResponse", _USVS = "UpdateSecretVersionStage", _USVSR = "UpdateSecretVersionStageRequest", _USVSRp = "UpdateSecretVersionStageResponse", _V = "Value", _VE = "ValidationErrors", _VEE = "ValidationErrorsEntry", _VET = "ValidationErrorsType", _VI = "VersionId", _VITS = "VersionIdsToStages", _VRP = "ValidateResourcePolicy", _VRPR = "ValidateResourcePolicyRequest", _VRPRa = "ValidateResourcePolicyResponse", _VS = "VersionStage", _VSe = "VersionStages", _Va = "Values", _Ve = "Versions", _c = "client", _e = "error", _s = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager", _se = "server", n0 = "com.amazonaws.secretsmanager", _s_registry = new TypeRegistry(_s), SecretsManagerServiceException$ = [-3, _s, "SecretsManagerServiceException", 0, [], []];
    _s_registry.registerError(SecretsManagerServiceException$, SecretsManagerServiceException);
    var n0_registry = new TypeRegistry(n0), DecryptionFailure$ = [
      -3,
      n0,
      _DF,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DecryptionFailure$, DecryptionFailure);
    var EncryptionFailure$ = [
      -3,
      n0,
      _EF,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(EncryptionFailure$, EncryptionFailure);
    var InternalServiceError$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceError$, InternalServiceError);
    var InvalidNextTokenException$ = [
      -3,
      n0,
      _INTE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidRequestException$ = [
      -3,
      n0,
      _IRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MalformedPolicyDocumentException$ = [
      -3,
      n0,
      _MPDE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var PreconditionNotMetException$ = [
      -3,
      n0,
      _PNME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PreconditionNotMetException$, PreconditionNotMetException);
    var PublicPolicyException$ = [
      -3,
      n0,
      _PPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
    var ResourceExistsException$ = [
      -3,
      n0,
      _REE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceExistsException$, ResourceExistsException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], RandomPasswordType = [0, n0, _RPT, 8, 0], RotationTokenType = [0, n0, _RTT, 8, 0], SecretBinaryType = [0, n0, _SBT, 8, 21], SecretStringType = [0, n0, _SST, 8, 0], APIErrorType$ = [
      3,
      n0,
      _APIET,
      0,
      [_SI, _EC, _M],
      [0, 0, 0]
    ], BatchGetSecretValueRequest$ = [
      3,
      n0,
      _BGSVR,
      0,
      [_SIL, _F, _MR, _NT],
      [64, () => FiltersListType, 1, 0]
    ], BatchGetSecretValueResponse$ = [
      3,
      n0,
      _BGSVRa,
      0,
      [_SV, _NT, _E],
      [[() => SecretValuesType, 0], 0, () => APIErrorListType]
    ], CancelRotateSecretRequest$ = [
      3,
      n0,
      _CRSR,
      0,
      [_SI],
      [0],
      1
    ], CancelRotateSecretResponse$ = [
      3,
      n0,
      _CRSRa,
      0,
      [_ARN, _N, _VI],
      [0, 0, 0]
    ], CreateSecretRequest$ = [
      3,
      n0,
      _CSR,
      0,
      [_N, _CRT, _D, _KKI, _SB, _SS, _T, _ARR, _FORS, _Ty],
      [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], () => TagListType, () => AddReplicaRegionListType, 2, 0],
      1
    ], CreateSecretResponse$ = [
      3,
      n0,
      _CSRr,
      0,
      [_ARN, _N, _VI, _RS],
      [0, 0, 0, () => ReplicationStatusListType]
    ], DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_SI],
      [0],
      1
    ], DeleteResourcePolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [_ARN, _N],
      [0, 0]
    ], DeleteSecretRequest$ = [
      3,
      n0,
      _DSR,
      0,
      [_SI, _RWID, _FDWR],
      [0, 1, 2],
      1
    ], DeleteSecretResponse$ = [
      3,
      n0,
      _DSRe,
      0,
      [_ARN, _N, _DD],
      [0, 0, 4]
    ], DescribeSecretRequest$ = [
      3,
      n0,
      _DSRes,
      0,
      [_SI],
      [0],
      1
    ], DescribeSecretResponse$ = [
      3,
      n0,
      _DSResc,
      0,
      [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _VITS, _OS, _CD, _PR, _RS],
      [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64], 0, 4, 0, () => ReplicationStatusListType]
    ], ExternalSecretRotationMetadataItem$ = [
      3,
      n0,
      _ESRMI,
      0,
      [_K, _V],
      [0, 0]
    ], Filter$ = [
      3,
      n0,
      _Fi,
      0,
      [_K, _Va],
      [0, 64]
    ], GetRandomPasswordRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [_PL, _ECx, _EN, _EP, _EU, _EL, _IS, _REIT],
      [1, 0, 2, 2, 2, 2, 2, 2]
    ], GetRandomPasswordResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_RP],
      [[() => RandomPasswordType, 0]]
    ], GetResourcePolicyRequest$ = [
      3,
      n0,
      _GRPRet,
      0,
      [_SI],
      [0],
      1
    ], GetResourcePolicyResponse$ = [
      3,
      n0,
      _GRPRete,
      0,
      [_ARN, _N, _RPe],
      [0, 0, 0]
    ], GetSecretValueRequest$ = [
      3,
      n0,
      _GSVR,
      0,
      [_SI, _VI, _VS],
      [0, 0, 0],
      1
    ], GetSecretValueResponse$ = [
      3,
      n0,
      _GSVRe,
      0,
      [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
      [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64, 4]
    ], ListSecretsRequest$ = [
      3,
      n0,
      _LSR,
      0,
      [_IPD, _MR, _NT, _F, _SO, _SBo],
      [2, 1, 0, () => FiltersListType, 0, 0]
    ], ListSecretsResponse$ = [
      3,
      n0,
      _LSRi,
      0,
      [_SL, _NT],
      [() => SecretListType, 0]
    ], ListSecretVersionIdsRequest$ = [
      3,
      n0,
      _LSVIR,
      0,
      [_SI, _MR, _NT, _ID],
      [0, 1, 0, 2],
      1
    ], ListSecretVersionIdsResponse$ = [
      3,
      n0,
      _LSVIRi,
      0,
      [_Ve, _NT, _ARN, _N],
      [() => SecretVersionsListType, 0, 0, 0]
    ], PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_SI, _RPe, _BPP],
      [0, 0, 2],
      2
    ], PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_ARN, _N],
      [0, 0]
    ], PutSecretValueRequest$ = [
      3,
      n0,
      _PSVR,
      0,
      [_SI, _CRT, _SB, _SS, _VSe, _RT],
      [0, [0, 4], [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64, [() => RotationTokenType, 0]],
      1
    ], PutSecretValueResponse$ = [
      3,
      n0,
      _PSVRu,
      0,
      [_ARN, _N, _VI, _VSe],
      [0, 0, 0, 64]
    ], RemoveRegionsFromReplicationRequest$ = [
      3,
      n0,
      _RRFRR,
      0,
      [_SI, _RRR],
      [0, 64],
      2
    ], RemoveRegionsFromReplicationResponse$ = [
      3,
      n0,
      _RRFRRe,
      0,
      [_ARN, _RS],
      [0, () => ReplicationStatusListType]
    ], ReplicaRegionType$ = [
      3,
      n0,
      _RRT,
      0,
      [_R, _KKI],
      [0, 0]
    ], ReplicateSecretToRegionsRequest$ = [
      3,
      n0,
      _RSTRR,
      0,
      [_SI, _ARR, _FORS],
      [0, () => AddReplicaRegionListType, 2],
      2
    ], ReplicateSecretToRegionsResponse$ = [
      3,
      n0,
      _RSTRRe,
      0,
      [_ARN, _RS],
      [0, () => ReplicationStatusListType]
    ], ReplicationStatusType$ = [
      3,
      n0,
      _RST,
      0,
      [_R, _KKI, _S, _SM, _LAD],
      [0, 0, 0, 0, 4]
    ], RestoreSecretRequest$ = [
      3,
      n0,
      _RSR,
      0,
      [_SI],
      [0],
      1
    ], RestoreSecretResponse$ = [
      3,
      n0,
      _RSRe,
      0,
      [_ARN, _N],
      [0, 0]
    ], RotateSecretRequest$ = [
      3,
      n0,
      _RSRo,
      0,
      [_SI, _CRT, _RLARN, _RR, _ESRM, _ESRRA, _RI],
      [0, [0, 4], 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 2],
      1
    ], RotateSecretResponse$ = [
      3,
      n0,
      _RSRot,
      0,
      [_ARN, _N, _VI],
      [0, 0, 0]
    ], RotationRulesType$ = [
      3,
      n0,
      _RRTo,
      0,
      [_AAD, _Du, _SE],
      [1, 0, 0]
    ], SecretListEntry$ = [
      3,
      n0,
      _SLE,
      0,
      [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _SVTS, _OS, _CD, _PR],
      [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64], 0, 4, 0]
    ], SecretValueEntry$ = [
      3,
      n0,
      _SVE,
      0,
      [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
      [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64, 4]
    ], SecretVersionsListEntry$ = [
      3,
      n0,
      _SVLE,
      0,
      [_VI, _VSe, _LAD, _CD, _KKIm],
      [0, 64, 4, 4, 64]
    ], StopReplicationToReplicaRequest$ = [
      3,
      n0,
      _SRTRR,
      0,
      [_SI],
      [0],
      1
    ], StopReplicationToReplicaResponse$ = [
      3,
      n0,
      _SRTRRt,
      0,
      [_ARN],
      [0]
    ], Tag$ = [
      3,
      n0,
      _Ta,
      0,
      [_K, _V],
      [0, 0]
    ], TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_SI, _T],
      [0, () => TagListType],
      2
    ], UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_SI, _TK],
      [0, 64],
      2
    ], UpdateSecretRequest$ = [
      3,
      n0,
      _USR,
      0,
      [_SI, _CRT, _D, _KKI, _SB, _SS, _Ty],
      [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 0],
      1
    ], UpdateSecretResponse$ = [
      3,
      n0,
      _USRp,
      0,
      [_ARN, _N, _VI],
      [0, 0, 0]
    ], UpdateSecretVersionStageRequest$ = [
      3,
      n0,
      _USVSR,
      0,
      [_SI, _VS, _RFVI, _MTVI],
      [0, 0, 0, 0],
      2
    ], UpdateSecretVersionStageResponse$ = [
      3,
      n0,
      _USVSRp,
      0,
      [_ARN, _N],
      [0, 0]
    ], ValidateResourcePolicyRequest$ = [
      3,
      n0,
      _VRPR,
      0,
      [_RPe, _SI],
      [0, 0],
      1
    ], ValidateResourcePolicyResponse$ = [
      3,
      n0,
      _VRPRa,
      0,
      [_PVP, _VE],
      [2, () => ValidationErrorsType]
    ], ValidationErrorsEntry$ = [
      3,
      n0,
      _VEE,
      0,
      [_CN, _EM],
      [0, 0]
    ], __Unit = "unit", AddReplicaRegionListType = [
      1,
      n0,
      _ARRLT,
      0,
      () => ReplicaRegionType$
    ], APIErrorListType = [
      1,
      n0,
      _APIELT,
      0,
      () => APIErrorType$
    ], ExternalSecretRotationMetadataType = [
      1,
      n0,
      _ESRMT,
      0,
      () => ExternalSecretRotationMetadataItem$
    ], FiltersListType = [
      1,
      n0,
      _FLT,
      0,
      () => Filter$
    ], ReplicationStatusListType = [
      1,
      n0,
      _RSLT,
      0,
      () => ReplicationStatusType$
    ], SecretListType = [
      1,
      n0,
      _SLT,
      0,
      () => SecretListEntry$
    ], SecretValuesType = [
      1,
      n0,
      _SVT,
      0,
      [
        () => SecretValueEntry$,
        0
      ]
    ], SecretVersionsListType = [
      1,
      n0,
      _SVLT,
      0,
      () => SecretVersionsListEntry$
    ], TagListType = [
      1,
      n0,
      _TLT,
      0,
      () => Tag$
    ], ValidationErrorsType = [
      1,
      n0,
      _VET,
      0,
      () => ValidationErrorsEntry$
    ], BatchGetSecretValue$ = [
      9,
      n0,
      _BGSV,
      0,
      () => BatchGetSecretValueRequest$,
      () => BatchGetSecretValueResponse$
    ], CancelRotateSecret$ = [
      9,
      n0,
      _CRS,
      0,
      () => CancelRotateSecretRequest$,
      () => CancelRotateSecretResponse$
    ], CreateSecret$ = [
      9,
      n0,
      _CS,
      0,
      () => CreateSecretRequest$,
      () => CreateSecretResponse$
    ], DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteResourcePolicyRequest$,
      () => DeleteResourcePolicyResponse$
    ], DeleteSecret$ = [
      9,
      n0,
      _DS,
      0,
      () => DeleteSecretRequest$,
      () => DeleteSecretResponse$
    ], DescribeSecret$ = [
      9,
      n0,
      _DSe,
      0,
      () => DescribeSecretRequest$,
      () => DescribeSecretResponse$
    ], GetRandomPassword$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetRandomPasswordRequest$,
      () => GetRandomPasswordResponse$
    ], GetResourcePolicy$ = [
      9,
      n0,
      _GRPe,
      0,
      () => GetResourcePolicyRequest$,
      () => GetResourcePolicyResponse$
    ], GetSecretValue$ = [
      9,
      n0,
      _GSV,
      0,
      () => GetSecretValueRequest$,
      () => GetSecretValueResponse$
    ], ListSecrets$ = [
      9,
      n0,
      _LS,
      0,
      () => ListSecretsRequest$,
      () => ListSecretsResponse$
    ], ListSecretVersionIds$ = [
      9,
      n0,
      _LSVI,
      0,
      () => ListSecretVersionIdsRequest$,
      () => ListSecretVersionIdsResponse$
    ], PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ], PutSecretValue$ = [
      9,
      n0,
      _PSV,
      0,
      () => PutSecretValueRequest$,
      () => PutSecretValueResponse$
    ], RemoveRegionsFromReplication$ = [
      9,
      n0,
      _RRFR,
      0,
      () => RemoveRegionsFromReplicationRequest$,
      () => RemoveRegionsFromReplicationResponse$
    ], ReplicateSecretToRegions$ = [
      9,
      n0,
      _RSTR,
      0,
      () => ReplicateSecretToRegionsRequest$,
      () => ReplicateSecretToRegionsResponse$
    ], RestoreSecret$ = [
      9,
      n0,
      _RSe,
      0,
      () => RestoreSecretRequest$,
      () => RestoreSecretResponse$
    ], RotateSecret$ = [
      9,
      n0,
      _RSo,
      0,
      () => RotateSecretRequest$,
      () => RotateSecretResponse$
    ], StopReplicationToReplica$ = [
      9,
      n0,
      _SRTR,
      0,
      () => StopReplicationToReplicaRequest$,
      () => StopReplicationToReplicaResponse$
    ], TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ], UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ], UpdateSecret$ = [
      9,
      n0,
      _US,
      0,
      () => UpdateSecretRequest$,
      () => UpdateSecretResponse$
    ], UpdateSecretVersionStage$ = [
      9,
      n0,
      _USVS,
      0,
      () => UpdateSecretVersionStageRequest$,
      () => UpdateSecretVersionStageResponse$
    ], ValidateResourcePolicy$ = [
      9,
      n0,
      _VRP,
      0,
      () => ValidateResourcePolicyRequest$,
      () => ValidateResourcePolicyResponse$
    ], getRuntimeConfig$1 = (config) => ({
      apiVersion: "2017-10-17",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecretsManagerHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsJson1_1Protocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.secretsmanager",
        errorTypeRegistries,
        version: "2017-10-17",
        serviceTarget: "secretsmanager"
      },
      serviceId: config?.serviceId ?? "Secrets Manager",
      sha256: config?.sha256 ?? Sha256,
      urlParser: config?.urlParser ?? parseUrl,
      utf8Decoder: config?.utf8Decoder ?? fromUtf8,
      utf8Encoder: config?.utf8Encoder ?? toUtf8
    }), getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      let defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      let loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    }, getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      let _httpAuthSchemes = runtimeConfig.httpAuthSchemes, _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider, _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          let index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          index === -1 ? _httpAuthSchemes.push(httpAuthScheme) : _httpAuthSchemes.splice(index, 1, httpAuthScheme);
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    }, resolveHttpAuthRuntimeConfig = (config) => ({
      httpAuthSchemes: config.httpAuthSchemes(),
      httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
      credentials: config.credentials()
    }), resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      let extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      return extensions.forEach((extension) => extension.configure(extensionConfiguration)), Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    }, SecretsManagerClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig(_config_6), _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSecretsManagerHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }, command = makeBuilder(commonParams, "secretsmanager", "SecretsManagerClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [], BatchGetSecretValueCommand = class extends command(_ep0, _mw0, "BatchGetSecretValue", BatchGetSecretValue$) {
    }, CancelRotateSecretCommand = class extends command(_ep0, _mw0, "CancelRotateSecret", CancelRotateSecret$) {
    }, CreateSecretCommand = class extends command(_ep0, _mw0, "CreateSecret", CreateSecret$) {
    }, DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    }, DeleteSecretCommand = class extends command(_ep0, _mw0, "DeleteSecret", DeleteSecret$) {
    }, DescribeSecretCommand = class extends command(_ep0, _mw0, "DescribeSecret", DescribeSecret$) {
    }, GetRandomPasswordCommand = class extends command(_ep0, _mw0, "GetRandomPassword", GetRandomPassword$) {
    }, GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
    }, GetSecretValueCommand2 = class extends command(_ep0, _mw0, "GetSecretValue", GetSecretValue$) {
    }, ListSecretsCommand = class extends command(_ep0, _mw0, "ListSecrets", ListSecrets$) {
    }, ListSecretVersionIdsCommand = class extends command(_ep0, _mw0, "ListSecretVersionIds", ListSecretVersionIds$) {
    }, PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    }, PutSecretValueCommand = class extends command(_ep0, _mw0, "PutSecretValue", PutSecretValue$) {
    }, RemoveRegionsFromReplicationCommand = class extends command(_ep0, _mw0, "RemoveRegionsFromReplication", RemoveRegionsFromReplication$) {
    }, ReplicateSecretToRegionsCommand = class extends command(_ep0, _mw0, "ReplicateSecretToRegions", ReplicateSecretToRegions$) {
    }, RestoreSecretCommand = class extends command(_ep0, _mw0, "RestoreSecret", RestoreSecret$) {
    }, RotateSecretCommand = class extends command(_ep0, _mw0, "RotateSecret", RotateSecret$) {
    }, StopReplicationToReplicaCommand = class extends command(_ep0, _mw0, "StopReplicationToReplica", StopReplicationToReplica$) {
    }, TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    }, UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    }, UpdateSecretCommand = class extends command(_ep0, _mw0, "UpdateSecret", UpdateSecret$) {
    }, UpdateSecretVersionStageCommand = class extends command(_ep0, _mw0, "UpdateSecretVersionStage", UpdateSecretVersionStage$) {
    }, ValidateResourcePolicyCommand = class extends command(_ep0, _mw0, "ValidateResourcePolicy", ValidateResourcePolicy$) {
    }, paginateBatchGetSecretValue = createPaginator(SecretsManagerClient2, BatchGetSecretValueCommand, "NextToken", "NextToken", "MaxResults"), paginateListSecrets = createPaginator(SecretsManagerClient2, ListSecretsCommand, "NextToken", "NextToken", "MaxResults"), paginateListSecretVersionIds = createPaginator(SecretsManagerClient2, ListSecretVersionIdsCommand, "NextToken", "NextToken", "MaxResults"), commands = {
      BatchGetSecretValueCommand,
      CancelRotateSecretCommand,
      CreateSecretCommand,
      DeleteResourcePolicyCommand,
      DeleteSecretCommand,
      DescribeSecretCommand,
      GetRandomPasswordCommand,
      GetResourcePolicyCommand,
      GetSecretValueCommand: GetSecretValueCommand2,
      ListSecretsCommand,
      ListSecretVersionIdsCommand,
      PutResourcePolicyCommand,
      PutSecretValueCommand,
      RemoveRegionsFromReplicationCommand,
      ReplicateSecretToRegionsCommand,
      RestoreSecretCommand,
      RotateSecretCommand,
      StopReplicationToReplicaCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateSecretCommand,
      UpdateSecretVersionStageCommand,
      ValidateResourcePolicyCommand
    }, paginators = {
      paginateBatchGetSecretValue,
      paginateListSecrets,
      paginateListSecretVersionIds
    }, SecretsManager = class extends SecretsManagerClient2 {
    };
    createAggregatedClient(commands, SecretsManager, { paginators });
    var FilterNameStringType = {
      all: "all",
      description: "description",
      name: "name",
      owning_service: "owning-service",
      primary_region: "primary-region",
      tag_key: "tag-key",
      tag_value: "tag-value"
    }, StatusType = {
      Failed: "Failed",
      InProgress: "InProgress",
      InSync: "InSync"
    }, SortByType = {
      created_date: "created-date",
      last_accessed_date: "last-accessed-date",
      last_changed_date: "last-changed-date",
      name: "name"
    }, SortOrderType = {
      asc: "asc",
      desc: "desc"
    };
    exports.APIErrorType$ = APIErrorType$;
    exports.BatchGetSecretValue$ = BatchGetSecretValue$;
    exports.BatchGetSecretValueCommand = BatchGetSecretValueCommand;
    exports.BatchGetSecretValueRequest$ = BatchGetSecretValueRequest$;
    exports.BatchGetSecretValueResponse$ = BatchGetSecretValueResponse$;
    exports.CancelRotateSecret$ = CancelRotateSecret$;
    exports.CancelRotateSecretCommand = CancelRotateSecretCommand;
    exports.CancelRotateSecretRequest$ = CancelRotateSecretRequest$;
    exports.CancelRotateSecretResponse$ = CancelRotateSecretResponse$;
    exports.CreateSecret$ = CreateSecret$;
    exports.CreateSecretCommand = CreateSecretCommand;
    exports.CreateSecretRequest$ = CreateSecretRequest$;
    exports.CreateSecretResponse$ = CreateSecretResponse$;
    exports.DecryptionFailure = DecryptionFailure;
    exports.DecryptionFailure$ = DecryptionFailure$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
    exports.DeleteSecret$ = DeleteSecret$;
    exports.DeleteSecretCommand = DeleteSecretCommand;
    exports.DeleteSecretRequest$ = DeleteSecretRequest$;
    exports.DeleteSecretResponse$ = DeleteSecretResponse$;
    exports.DescribeSecret$ = DescribeSecret$;
    exports.DescribeSecretCommand = DescribeSecretCommand;
    exports.DescribeSecretRequest$ = DescribeSecretRequest$;
    exports.DescribeSecretResponse$ = DescribeSecretResponse$;
    exports.EncryptionFailure = EncryptionFailure;
    exports.EncryptionFailure$ = EncryptionFailure$;
    exports.ExternalSecretRotationMetadataItem$ = ExternalSecretRotationMetadataItem$;
    exports.Filter$ = Filter$;
    exports.FilterNameStringType = FilterNameStringType;
    exports.GetRandomPassword$ = GetRandomPassword$;
    exports.GetRandomPasswordCommand = GetRandomPasswordCommand;
    exports.GetRandomPasswordRequest$ = GetRandomPasswordRequest$;
    exports.GetRandomPasswordResponse$ = GetRandomPasswordResponse$;
    exports.GetResourcePolicy$ = GetResourcePolicy$;
    exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
    exports.GetResourcePolicyRequest$ = GetResourcePolicyRequest$;
    exports.GetResourcePolicyResponse$ = GetResourcePolicyResponse$;
    exports.GetSecretValue$ = GetSecretValue$;
    exports.GetSecretValueCommand = GetSecretValueCommand2;
    exports.GetSecretValueRequest$ = GetSecretValueRequest$;
    exports.GetSecretValueResponse$ = GetSecretValueResponse$;
    exports.InternalServiceError = InternalServiceError;
    exports.InternalServiceError$ = InternalServiceError$;
    exports.InvalidNextTokenException = InvalidNextTokenException;
    exports.InvalidNextTokenException$ = InvalidNextTokenException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidRequestException = InvalidRequestException;
    exports.InvalidRequestException$ = InvalidRequestException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListSecretVersionIds$ = ListSecretVersionIds$;
    exports.ListSecretVersionIdsCommand = ListSecretVersionIdsCommand;
    exports.ListSecretVersionIdsRequest$ = ListSecretVersionIdsRequest$;
    exports.ListSecretVersionIdsResponse$ = ListSecretVersionIdsResponse$;
    exports.ListSecrets$ = ListSecrets$;
    exports.ListSecretsCommand = ListSecretsCommand;
    exports.ListSecretsRequest$ = ListSecretsRequest$;
    exports.ListSecretsResponse$ = ListSecretsResponse$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.PreconditionNotMetException = PreconditionNotMetException;
    exports.PreconditionNotMetException$ = PreconditionNotMetException$;
    exports.PublicPolicyException = PublicPolicyException;
    exports.PublicPolicyException$ = PublicPolicyException$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.PutSecretValue$ = PutSecretValue$;
    exports.PutSecretValueCommand = PutSecretValueCommand;
    exports.PutSecretValueRequest$ = PutSecretValueRequest$;
    exports.PutSecretValueResponse$ = PutSecretValueResponse$;
    exports.RemoveRegionsFromReplication$ = RemoveRegionsFromReplication$;
    exports.RemoveRegionsFromReplicationCommand = RemoveRegionsFromReplicationCommand;
    exports.RemoveRegionsFromReplicationRequest$ = RemoveRegionsFromReplicationRequest$;
    exports.RemoveRegionsFromReplicationResponse$ = RemoveRegionsFromReplicationResponse$;
    exports.ReplicaRegionType$ = ReplicaRegionType$;
    exports.ReplicateSecretToRegions$ = ReplicateSecretToRegions$;
    exports.ReplicateSecretToRegionsCommand = ReplicateSecretToRegionsCommand;
    exports.ReplicateSecretToRegionsRequest$ = ReplicateSecretToRegionsRequest$;
    exports.ReplicateSecretToRegionsResponse$ = ReplicateSecretToRegionsResponse$;
    exports.ReplicationStatusType$ = ReplicationStatusType$;
    exports.ResourceExistsException = ResourceExistsException;
    exports.ResourceExistsException$ = ResourceExistsException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RestoreSecret$ = RestoreSecret$;
    exports.RestoreSecretCommand = RestoreSecretCommand;
    exports.RestoreSecretRequest$ = RestoreSecretRequest$;
    exports.RestoreSecretResponse$ = RestoreSecretResponse$;
    exports.RotateSecret$ = RotateSecret$;
    exports.RotateSecretCommand = RotateSecretCommand;
    exports.RotateSecretRequest$ = RotateSecretRequest$;
    exports.RotateSecretResponse$ = RotateSecretResponse$;
    exports.RotationRulesType$ = RotationRulesType$;
    exports.SecretListEntry$ = SecretListEntry$;
    exports.SecretValueEntry$ = SecretValueEntry$;
    exports.SecretVersionsListEntry$ = SecretVersionsListEntry$;
    exports.SecretsManager = SecretsManager;
    exports.SecretsManagerClient = SecretsManagerClient2;
    exports.SecretsManagerServiceException = SecretsManagerServiceException;
    exports.SecretsManagerServiceException$ = SecretsManagerServiceException$;
    exports.SortByType = SortByType;
    exports.SortOrderType = SortOrderType;
    exports.StatusType = StatusType;
    exports.StopReplicationToReplica$ = StopReplicationToReplica$;
    exports.StopReplicationToReplicaCommand = StopReplicationToReplicaCommand;
    exports.StopReplicationToReplicaRequest$ = StopReplicationToReplicaRequest$;
    exports.StopReplicationToReplicaResponse$ = StopReplicationToReplicaResponse$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateSecret$ = UpdateSecret$;
    exports.UpdateSecretCommand = UpdateSecretCommand;
    exports.UpdateSecretRequest$ = UpdateSecretRequest$;
    exports.UpdateSecretResponse$ = UpdateSecretResponse$;
    exports.UpdateSecretVersionStage$ = UpdateSecretVersionStage$;
    exports.UpdateSecretVersionStageCommand = UpdateSecretVersionStageCommand;
    exports.UpdateSecretVersionStageRequest$ = UpdateSecretVersionStageRequest$;
    exports.UpdateSecretVersionStageResponse$ = UpdateSecretVersionStageResponse$;
    exports.ValidateResourcePolicy$ = ValidateResourcePolicy$;
    exports.ValidateResourcePolicyCommand = ValidateResourcePolicyCommand;
    exports.ValidateResourcePolicyRequest$ = ValidateResourcePolicyRequest$;
    exports.ValidateResourcePolicyResponse$ = ValidateResourcePolicyResponse$;
    exports.ValidationErrorsEntry$ = ValidationErrorsEntry$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateBatchGetSecretValue = paginateBatchGetSecretValue;
    exports.paginateListSecretVersionIds = paginateListSecretVersionIds;
    exports.paginateListSecrets = paginateListSecrets;
  }
});

// adapters/aws/read-secret-string.ts
var import_client_secrets_manager = __toESM(require_dist_cjs3(), 1);
async function readSecretString(secretId) {
  let client = new import_client_secrets_manager.SecretsManagerClient({ maxAttempts: 5 });
  try {
    return (await client.send(new import_client_secrets_manager.GetSecretValueCommand({ SecretId: secretId }))).SecretString;
  } finally {
    client.destroy();
  }
}
export {
  readSecretString
};
