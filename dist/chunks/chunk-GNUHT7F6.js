import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-BIT5ZYAF.js";
import {
  diffGrants,
  diffKey,
  diffReplicas,
  isAwsGrantee,
  joinNotes,
  keepRuleAppliesTo,
  planAccessDiff
} from "./chunk-7J6WFNQB.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-KV4KW7Z2.js";
import {
  awsErrorName,
  awsHttpStatus,
  isAccessDenied,
  isThrottled,
  toAwsAccessError
} from "./chunk-VWFXGFL7.js";
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
  parseOrganizationPrincipal
} from "./chunk-G5JIHOCA.js";
import {
  keyPropertyConditions,
  requestedKeyOf
} from "./chunk-TJWVZCXE.js";
import {
  createAccessWorkMeter,
  meterAccessWork
} from "./chunk-BDFDA2XX.js";
import {
  evaluationWorkOf,
  expandStatementActions,
  roleSessionProbe,
  withThousands
} from "./chunk-II7W7C4Z.js";
import {
  evaluateKeyPolicy,
  prepareKeyPolicy
} from "./chunk-5PJNXYGC.js";
import {
  accessMatrixActionsFor,
  parsePrincipal,
  partitionOf
} from "./chunk-A54FERCJ.js";
import {
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST,
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";
import {
  createWorkMeter
} from "./chunk-JV3QVPE7.js";
import {
  AwsAccessError,
  errorMessage
} from "./chunk-OXRK6FS4.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-BTB2OLG5.js";

// node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js
var require_dist_cjs5 = __commonJS({
  "node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2)), { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports)), { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports)), { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports)), { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports)), { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports)), { DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE2, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports)), { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports)), { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports)), { defaultProvider } = require_dist_cjs2(), { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector, NodeHttpHandler } = require_dist_cjs(), { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2)), { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports)), defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    });
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "tagging",
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
    var defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider = (authParameters) => {
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
      defaultSigningName: "tagging"
    }), commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    }, version = "3.1141.0", packageInfo = {
      version
    }, k = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }], _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://tagging-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://tagging-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://tagging.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://tagging.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    }, root = 2, r = 1e8, nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
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
    var ResourceGroupsTaggingAPIServiceException = class _ResourceGroupsTaggingAPIServiceException extends ServiceException {
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _ResourceGroupsTaggingAPIServiceException.prototype);
      }
    }, ConcurrentModificationException = class _ConcurrentModificationException extends ResourceGroupsTaggingAPIServiceException {
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ConcurrentModificationException.prototype), this.Message = opts.Message;
      }
    }, ConstraintViolationException = class _ConstraintViolationException extends ResourceGroupsTaggingAPIServiceException {
      name = "ConstraintViolationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConstraintViolationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ConstraintViolationException.prototype), this.Message = opts.Message;
      }
    }, InternalServiceException = class _InternalServiceException extends ResourceGroupsTaggingAPIServiceException {
      name = "InternalServiceException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceException",
          $fault: "server",
          ...opts
        }), Object.setPrototypeOf(this, _InternalServiceException.prototype), this.Message = opts.Message;
      }
    }, InvalidParameterException = class _InvalidParameterException extends ResourceGroupsTaggingAPIServiceException {
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
    }, ThrottledException = class _ThrottledException extends ResourceGroupsTaggingAPIServiceException {
      name = "ThrottledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ThrottledException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ThrottledException.prototype), this.Message = opts.Message;
      }
    }, PaginationTokenExpiredException = class _PaginationTokenExpiredException extends ResourceGroupsTaggingAPIServiceException {
      name = "PaginationTokenExpiredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PaginationTokenExpiredException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PaginationTokenExpiredException.prototype), this.Message = opts.Message;
      }
    }, _CD = "ComplianceDetails", _CFRT = "CloudFormationResourceTypes", _CME = "ConcurrentModificationException", _CS = "ComplianceStatus", _CVE = "ConstraintViolationException", _DRC = "DescribeReportCreation", _DRCI = "DescribeReportCreationInput", _DRCO = "DescribeReportCreationOutput", _EC = "ErrorCode", _ECR = "ExcludeCompliantResources", _EM = "ErrorMessage", _FI = "FailureInfo", _FRM = "FailedResourcesMap", _GB = "GroupBy", _GCS = "GetComplianceSummary", _GCSI = "GetComplianceSummaryInput", _GCSO = "GetComplianceSummaryOutput", _GR = "GetResources", _GRI = "GetResourcesInput", _GRO = "GetResourcesOutput", _GTK = "GetTagKeys", _GTKI = "GetTagKeysInput", _GTKO = "GetTagKeysOutput", _GTV = "GetTagValues", _GTVI = "GetTagValuesInput", _GTVO = "GetTagValuesOutput", _ICD = "IncludeComplianceDetails", _IPE = "InvalidParameterException", _ISE = "InternalServiceException", _K = "Key", _KWNV = "KeysWithNoncompliantValues", _LRT = "ListRequiredTags", _LRTI = "ListRequiredTagsInput", _LRTO = "ListRequiredTagsOutput", _LU = "LastUpdated", _M = "Message", _MR = "MaxResults", _MTK = "MissingTagKeys", _NCR = "NonCompliantResources", _NK = "NoncompliantKeys", _NT = "NextToken", _PT = "PaginationToken", _PTEE = "PaginationTokenExpiredException", _R = "Region", _RARN = "ResourceARN", _RARNL = "ResourceARNList", _RF = "RegionFilters", _RPP = "ResourcesPerPage", _RT = "RequiredTags", _RTF = "ResourceTypeFilters", _RTFLRT = "RequiredTagsForListRequiredTags", _RTK = "ReportingTagKeys", _RTM = "ResourceTagMapping", _RTML = "ResourceTagMappingList", _RTe = "RequiredTag", _RTes = "ResourceType", _S = "Status", _SB = "S3Bucket", _SC = "StatusCode", _SD = "StartDate", _SL = "S3Location", _SLu = "SummaryList", _SRC = "StartReportCreation", _SRCI = "StartReportCreationInput", _SRCO = "StartReportCreationOutput", _Su = "Summary", _T = "Tags", _TE = "ThrottledException", _TF = "TagFilters", _TFL = "TagFilterList", _TFa = "TagFilter", _TI = "TargetId", _TIF = "TargetIdFilters", _TIT = "TargetIdType", _TK = "TagKeys", _TKF = "TagKeyFilters", _TL = "TagList", _TPP = "TagsPerPage", _TR = "TagResources", _TRI = "TagResourcesInput", _TRO = "TagResourcesOutput", _TV = "TagValues", _Ta = "Tag", _UR = "UntagResources", _URI = "UntagResourcesInput", _URO = "UntagResourcesOutput", _V = "Value", _Va = "Values", _c = "client", _e = "error", _h = "http", _s = "smithy.ts.sdk.synthetic.com.amazonaws.resourcegroupstaggingapi", _se = "server", n0 = "com.amazonaws.resourcegroupstaggingapi", _s_registry = new TypeRegistry(_s), ResourceGroupsTaggingAPIServiceException$ = [-3, _s, "ResourceGroupsTaggingAPIServiceException", 0, [], []];
    _s_registry.registerError(ResourceGroupsTaggingAPIServiceException$, ResourceGroupsTaggingAPIServiceException);
    var n0_registry = new TypeRegistry(n0), ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConstraintViolationException$ = [
      -3,
      n0,
      _CVE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
    var InternalServiceException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceException$, InternalServiceException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var PaginationTokenExpiredException$ = [
      -3,
      n0,
      _PTEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PaginationTokenExpiredException$, PaginationTokenExpiredException);
    var ThrottledException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ThrottledException$, ThrottledException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], ComplianceDetails$ = [
      3,
      n0,
      _CD,
      0,
      [_NK, _KWNV, _MTK, _CS],
      [64, 64, 64, 2]
    ], DescribeReportCreationInput$ = [
      3,
      n0,
      _DRCI,
      0,
      [],
      []
    ], DescribeReportCreationOutput$ = [
      3,
      n0,
      _DRCO,
      0,
      [_S, _SL, _SD, _EM],
      [0, 0, 0, 0]
    ], FailureInfo$ = [
      3,
      n0,
      _FI,
      0,
      [_SC, _EC, _EM],
      [1, 0, 0]
    ], GetComplianceSummaryInput$ = [
      3,
      n0,
      _GCSI,
      0,
      [_TIF, _RF, _RTF, _TKF, _GB, _MR, _PT],
      [64, 64, 64, 64, 64, 1, 0]
    ], GetComplianceSummaryOutput$ = [
      3,
      n0,
      _GCSO,
      0,
      [_SLu, _PT],
      [() => SummaryList, 0]
    ], GetResourcesInput$ = [
      3,
      n0,
      _GRI,
      0,
      [_PT, _TF, _RPP, _TPP, _RTF, _ICD, _ECR, _RARNL],
      [0, () => TagFilterList, 1, 1, 64, 2, 2, 64]
    ], GetResourcesOutput$ = [
      3,
      n0,
      _GRO,
      0,
      [_PT, _RTML],
      [0, () => ResourceTagMappingList]
    ], GetTagKeysInput$ = [
      3,
      n0,
      _GTKI,
      0,
      [_PT],
      [0]
    ], GetTagKeysOutput$ = [
      3,
      n0,
      _GTKO,
      0,
      [_PT, _TK],
      [0, 64]
    ], GetTagValuesInput$ = [
      3,
      n0,
      _GTVI,
      0,
      [_K, _PT],
      [0, 0],
      1
    ], GetTagValuesOutput$ = [
      3,
      n0,
      _GTVO,
      0,
      [_PT, _TV],
      [0, 64]
    ], ListRequiredTagsInput$ = [
      3,
      n0,
      _LRTI,
      0,
      [_NT, _MR],
      [0, 1]
    ], ListRequiredTagsOutput$ = [
      3,
      n0,
      _LRTO,
      0,
      [_RT, _NT],
      [() => RequiredTagsForListRequiredTags, 0]
    ], RequiredTag$ = [
      3,
      n0,
      _RTe,
      0,
      [_RTes, _CFRT, _RTK],
      [0, 64, 64]
    ], ResourceTagMapping$ = [
      3,
      n0,
      _RTM,
      0,
      [_RARN, _T, _CD],
      [0, () => TagList, () => ComplianceDetails$]
    ], StartReportCreationInput$ = [
      3,
      n0,
      _SRCI,
      0,
      [_SB],
      [0],
      1
    ], StartReportCreationOutput$ = [
      3,
      n0,
      _SRCO,
      0,
      [],
      []
    ], Summary$ = [
      3,
      n0,
      _Su,
      0,
      [_LU, _TI, _TIT, _R, _RTes, _NCR],
      [0, 0, 0, 0, 0, 1]
    ], Tag$ = [
      3,
      n0,
      _Ta,
      0,
      [_K, _V],
      [0, 0],
      2
    ], TagFilter$ = [
      3,
      n0,
      _TFa,
      0,
      [_K, _Va],
      [0, 64]
    ], TagResourcesInput$ = [
      3,
      n0,
      _TRI,
      0,
      [_RARNL, _T],
      [64, 128],
      2
    ], TagResourcesOutput$ = [
      3,
      n0,
      _TRO,
      0,
      [_FRM],
      [() => FailedResourcesMap]
    ], UntagResourcesInput$ = [
      3,
      n0,
      _URI,
      0,
      [_RARNL, _TK],
      [64, 64],
      2
    ], UntagResourcesOutput$ = [
      3,
      n0,
      _URO,
      0,
      [_FRM],
      [() => FailedResourcesMap]
    ], RequiredTagsForListRequiredTags = [
      1,
      n0,
      _RTFLRT,
      0,
      () => RequiredTag$
    ], ResourceTagMappingList = [
      1,
      n0,
      _RTML,
      0,
      () => ResourceTagMapping$
    ], SummaryList = [
      1,
      n0,
      _SLu,
      0,
      () => Summary$
    ], TagFilterList = [
      1,
      n0,
      _TFL,
      0,
      () => TagFilter$
    ], TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ], FailedResourcesMap = [
      2,
      n0,
      _FRM,
      0,
      0,
      () => FailureInfo$
    ], DescribeReportCreation$ = [
      9,
      n0,
      _DRC,
      { [_h]: ["POST", "/DescribeReportCreation", 200] },
      () => DescribeReportCreationInput$,
      () => DescribeReportCreationOutput$
    ], GetComplianceSummary$ = [
      9,
      n0,
      _GCS,
      { [_h]: ["POST", "/GetComplianceSummary", 200] },
      () => GetComplianceSummaryInput$,
      () => GetComplianceSummaryOutput$
    ], GetResources$ = [
      9,
      n0,
      _GR,
      { [_h]: ["POST", "/GetResources", 200] },
      () => GetResourcesInput$,
      () => GetResourcesOutput$
    ], GetTagKeys$ = [
      9,
      n0,
      _GTK,
      { [_h]: ["POST", "/GetTagKeys", 200] },
      () => GetTagKeysInput$,
      () => GetTagKeysOutput$
    ], GetTagValues$ = [
      9,
      n0,
      _GTV,
      { [_h]: ["POST", "/GetTagValues", 200] },
      () => GetTagValuesInput$,
      () => GetTagValuesOutput$
    ], ListRequiredTags$ = [
      9,
      n0,
      _LRT,
      { [_h]: ["POST", "/ListRequiredTags", 200] },
      () => ListRequiredTagsInput$,
      () => ListRequiredTagsOutput$
    ], StartReportCreation$ = [
      9,
      n0,
      _SRC,
      { [_h]: ["POST", "/StartReportCreation", 200] },
      () => StartReportCreationInput$,
      () => StartReportCreationOutput$
    ], TagResources$ = [
      9,
      n0,
      _TR,
      { [_h]: ["POST", "/TagResources", 200] },
      () => TagResourcesInput$,
      () => TagResourcesOutput$
    ], UntagResources$ = [
      9,
      n0,
      _UR,
      { [_h]: ["POST", "/UntagResources", 200] },
      () => UntagResourcesInput$,
      () => UntagResourcesOutput$
    ], getRuntimeConfig$1 = (config) => ({
      apiVersion: "2017-01-26",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultResourceGroupsTaggingAPIHttpAuthSchemeProvider,
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
        defaultNamespace: "com.amazonaws.resourcegroupstaggingapi",
        errorTypeRegistries,
        version: "2017-01-26",
        serviceTarget: "ResourceGroupsTaggingAPI_20170126"
      },
      serviceId: config?.serviceId ?? "Resource Groups Tagging API",
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
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE2
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
    }, ResourceGroupsTaggingAPIClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig(_config_6), _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultResourceGroupsTaggingAPIHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }, command = makeBuilder(commonParams, "ResourceGroupsTaggingAPI_20170126", "ResourceGroupsTaggingAPIClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [], DescribeReportCreationCommand = class extends command(_ep0, _mw0, "DescribeReportCreation", DescribeReportCreation$) {
    }, GetComplianceSummaryCommand = class extends command(_ep0, _mw0, "GetComplianceSummary", GetComplianceSummary$) {
    }, GetResourcesCommand2 = class extends command(_ep0, _mw0, "GetResources", GetResources$) {
    }, GetTagKeysCommand = class extends command(_ep0, _mw0, "GetTagKeys", GetTagKeys$) {
    }, GetTagValuesCommand = class extends command(_ep0, _mw0, "GetTagValues", GetTagValues$) {
    }, ListRequiredTagsCommand = class extends command(_ep0, _mw0, "ListRequiredTags", ListRequiredTags$) {
    }, StartReportCreationCommand = class extends command(_ep0, _mw0, "StartReportCreation", StartReportCreation$) {
    }, TagResourcesCommand = class extends command(_ep0, _mw0, "TagResources", TagResources$) {
    }, UntagResourcesCommand = class extends command(_ep0, _mw0, "UntagResources", UntagResources$) {
    }, paginateGetComplianceSummary = createPaginator(ResourceGroupsTaggingAPIClient2, GetComplianceSummaryCommand, "PaginationToken", "PaginationToken", "MaxResults"), paginateGetResources = createPaginator(ResourceGroupsTaggingAPIClient2, GetResourcesCommand2, "PaginationToken", "PaginationToken", "ResourcesPerPage"), paginateGetTagKeys = createPaginator(ResourceGroupsTaggingAPIClient2, GetTagKeysCommand, "PaginationToken", "PaginationToken", ""), paginateGetTagValues = createPaginator(ResourceGroupsTaggingAPIClient2, GetTagValuesCommand, "PaginationToken", "PaginationToken", ""), paginateListRequiredTags = createPaginator(ResourceGroupsTaggingAPIClient2, ListRequiredTagsCommand, "NextToken", "NextToken", "MaxResults"), commands = {
      DescribeReportCreationCommand,
      GetComplianceSummaryCommand,
      GetResourcesCommand: GetResourcesCommand2,
      GetTagKeysCommand,
      GetTagValuesCommand,
      ListRequiredTagsCommand,
      StartReportCreationCommand,
      TagResourcesCommand,
      UntagResourcesCommand
    }, paginators = {
      paginateGetComplianceSummary,
      paginateGetResources,
      paginateGetTagKeys,
      paginateGetTagValues,
      paginateListRequiredTags
    }, ResourceGroupsTaggingAPI = class extends ResourceGroupsTaggingAPIClient2 {
    };
    createAggregatedClient(commands, ResourceGroupsTaggingAPI, { paginators });
    var ErrorCode = {
      INTERNAL_SERVICE_EXCEPTION: "InternalServiceException",
      INVALID_PARAMETER_EXCEPTION: "InvalidParameterException"
    }, GroupByAttribute = {
      REGION: "REGION",
      RESOURCE_TYPE: "RESOURCE_TYPE",
      TARGET_ID: "TARGET_ID"
    }, TargetIdType = {
      ACCOUNT: "ACCOUNT",
      OU: "OU",
      ROOT: "ROOT"
    };
    exports.ComplianceDetails$ = ComplianceDetails$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConstraintViolationException = ConstraintViolationException;
    exports.ConstraintViolationException$ = ConstraintViolationException$;
    exports.DescribeReportCreation$ = DescribeReportCreation$;
    exports.DescribeReportCreationCommand = DescribeReportCreationCommand;
    exports.DescribeReportCreationInput$ = DescribeReportCreationInput$;
    exports.DescribeReportCreationOutput$ = DescribeReportCreationOutput$;
    exports.ErrorCode = ErrorCode;
    exports.FailureInfo$ = FailureInfo$;
    exports.GetComplianceSummary$ = GetComplianceSummary$;
    exports.GetComplianceSummaryCommand = GetComplianceSummaryCommand;
    exports.GetComplianceSummaryInput$ = GetComplianceSummaryInput$;
    exports.GetComplianceSummaryOutput$ = GetComplianceSummaryOutput$;
    exports.GetResources$ = GetResources$;
    exports.GetResourcesCommand = GetResourcesCommand2;
    exports.GetResourcesInput$ = GetResourcesInput$;
    exports.GetResourcesOutput$ = GetResourcesOutput$;
    exports.GetTagKeys$ = GetTagKeys$;
    exports.GetTagKeysCommand = GetTagKeysCommand;
    exports.GetTagKeysInput$ = GetTagKeysInput$;
    exports.GetTagKeysOutput$ = GetTagKeysOutput$;
    exports.GetTagValues$ = GetTagValues$;
    exports.GetTagValuesCommand = GetTagValuesCommand;
    exports.GetTagValuesInput$ = GetTagValuesInput$;
    exports.GetTagValuesOutput$ = GetTagValuesOutput$;
    exports.GroupByAttribute = GroupByAttribute;
    exports.InternalServiceException = InternalServiceException;
    exports.InternalServiceException$ = InternalServiceException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.ListRequiredTags$ = ListRequiredTags$;
    exports.ListRequiredTagsCommand = ListRequiredTagsCommand;
    exports.ListRequiredTagsInput$ = ListRequiredTagsInput$;
    exports.ListRequiredTagsOutput$ = ListRequiredTagsOutput$;
    exports.PaginationTokenExpiredException = PaginationTokenExpiredException;
    exports.PaginationTokenExpiredException$ = PaginationTokenExpiredException$;
    exports.RequiredTag$ = RequiredTag$;
    exports.ResourceGroupsTaggingAPI = ResourceGroupsTaggingAPI;
    exports.ResourceGroupsTaggingAPIClient = ResourceGroupsTaggingAPIClient2;
    exports.ResourceGroupsTaggingAPIServiceException = ResourceGroupsTaggingAPIServiceException;
    exports.ResourceGroupsTaggingAPIServiceException$ = ResourceGroupsTaggingAPIServiceException$;
    exports.ResourceTagMapping$ = ResourceTagMapping$;
    exports.StartReportCreation$ = StartReportCreation$;
    exports.StartReportCreationCommand = StartReportCreationCommand;
    exports.StartReportCreationInput$ = StartReportCreationInput$;
    exports.StartReportCreationOutput$ = StartReportCreationOutput$;
    exports.Summary$ = Summary$;
    exports.Tag$ = Tag$;
    exports.TagFilter$ = TagFilter$;
    exports.TagResources$ = TagResources$;
    exports.TagResourcesCommand = TagResourcesCommand;
    exports.TagResourcesInput$ = TagResourcesInput$;
    exports.TagResourcesOutput$ = TagResourcesOutput$;
    exports.TargetIdType = TargetIdType;
    exports.ThrottledException = ThrottledException;
    exports.ThrottledException$ = ThrottledException$;
    exports.UntagResources$ = UntagResources$;
    exports.UntagResourcesCommand = UntagResourcesCommand;
    exports.UntagResourcesInput$ = UntagResourcesInput$;
    exports.UntagResourcesOutput$ = UntagResourcesOutput$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateGetComplianceSummary = paginateGetComplianceSummary;
    exports.paginateGetResources = paginateGetResources;
    exports.paginateGetTagKeys = paginateGetTagKeys;
    exports.paginateGetTagValues = paginateGetTagValues;
    exports.paginateListRequiredTags = paginateListRequiredTags;
  }
});

// core/plan/describe-denies.ts
function describeDenies(decision) {
  let undecided = /* @__PURE__ */ new Map();
  for (let entry of decision.undecided)
    entry.effect === "Deny" && !undecided.has(entry.statement) && undecided.set(entry.statement, entry.because);
  let named = decision.statements.slice(0, 5).map((label) => {
    let because = undecided.get(label);
    return because === void 0 ? `statement ${label}` : `statement ${label}, which counts as applying because ${because.map((name) => `\`${name}\``).join(", ")} cannot be decided at plan time`;
  }), more = decision.statements.length - named.length;
  return more > 0 ? `${named.join("; ")}; and ${String(more)} more` : named.join("; ");
}

// core/plan/applier-request.ts
var APPLY_SESSION = "kms-action-apply";
function applierRequests(applier) {
  let parsed = parsePrincipal(applier);
  return parsed.kind === "role" ? [{ ...roleSessionProbe(applier, APPLY_SESSION), mfaPresent: !1 }] : parsed.kind === "assumed-role" ? [{ principal: applier, mfaPresent: !1 }] : [{ principal: applier }, { principal: applier, mfaPresent: !1 }];
}

// core/plan/evaluate-applier.ts
function evaluateApplier(evaluate, policy, applier, action, key, keyProperties) {
  let withKey = (request) => ({
    ...request,
    ...keyProperties === void 0 ? {} : { keys: { ...keyProperties, ...request.keys } },
    action,
    key
  }), [first, ...others] = applierRequests(applier), worst = evaluate(policy, withKey(first), "lockout");
  for (let request of others) {
    let decision = evaluate(policy, withKey(request), "lockout");
    severityOf(decision) > severityOf(worst) && (worst = decision);
  }
  return worst;
}
function severityOf(decision) {
  return decision.verdict === "explicit_deny" ? 3 : decision.verdict === "allowed" ? 0 : decision.delegatedToIam ? 1 : 2;
}

// core/plan/find-policy-lockouts.ts
function findPolicyLockouts(evaluate, policy, key, applier, keyProperties) {
  let lockouts = [], { partition, account } = "arn" in key ? parseKeyArn(key.arn) : { partition: key.partition, account: key.account }, root = `arn:${partition ?? "aws"}:iam::${account ?? ""}:root`, rootDecision = evaluate(
    policy,
    {
      principal: root,
      action: "kms:PutKeyPolicy",
      mfaPresent: !0,
      key,
      ...keyProperties === void 0 ? {} : { keys: keyProperties }
    },
    "lockout"
  );
  if (rootDecision.verdict !== "allowed" && !rootDecision.delegatedToIam && lockouts.push(`the account root (${root})${reasonOf(rootDecision)}`), applier !== void 0) {
    let decision = evaluateApplier(
      evaluate,
      policy,
      applier,
      "kms:PutKeyPolicy",
      key,
      keyProperties
    );
    (decision.verdict === "explicit_deny" || decision.verdict === "implicit_deny" && !decision.delegatedToIam) && lockouts.push(`the applying principal (${applier})${reasonOf(decision)}`);
  }
  return lockouts;
}
function parseKeyArn(arn) {
  let parts = arn.split(":");
  return { partition: parts[1], account: parts[4] };
}
function reasonOf(decision) {
  return decision.verdict === "explicit_deny" ? ` (denied by ${describeDenies(decision)})` : "";
}

// core/policy/create-metered-evaluator.ts
function createMeteredEvaluator(meter) {
  let prepared = /* @__PURE__ */ new WeakMap();
  return (policy, request, stance) => {
    let ready = prepared.get(policy);
    ready === void 0 && (ready = prepareKeyPolicy(policy), prepared.set(policy, ready), meter.charge(preparingWorkOf(ready)));
    let before = evaluationWorkOf(ready), decision = evaluateKeyPolicy(ready, request, stance);
    return meter.charge(evaluationWorkOf(ready) - before), decision;
  };
}
function preparingWorkOf(policy) {
  let steps = 0;
  for (let statement of policy.statements)
    steps += 1 + (statement.principals?.length ?? 0) + (statement.notPrincipals?.length ?? 0) + (statement.actions?.length ?? 0) + (statement.notActions?.length ?? 0) + (statement.resources?.length ?? 0) + (statement.notResources?.length ?? 0) + statement.conditionCost;
  return steps;
}

// core/plan/plan-check-work-meter.ts
var MAX_PLAN_CHECK_WORK = 1e6, PlanCheckBudgetError = class extends Error {
  constructor(limit) {
    super(`the applier and lockout checks took more than ${String(limit)} evaluation steps`);
    this.limit = limit;
    this.name = "PlanCheckBudgetError";
  }
  limit;
};
function createPlanCheckWorkMeter(limit = MAX_PLAN_CHECK_WORK) {
  return createWorkMeter(limit, () => new PlanCheckBudgetError(limit));
}

// core/plan/check-applier-access.ts
var REQUIRED_ACTION = {
  adopt: "kms:TagResource",
  retag: "kms:TagResource",
  "update-policy": "kms:PutKeyPolicy",
  "update-description": "kms:UpdateKeyDescription",
  tag: "kms:TagResource",
  enable: "kms:EnableKey",
  disable: "kms:DisableKey",
  "schedule-deletion": "kms:ScheduleKeyDeletion",
  "cancel-deletion": "kms:CancelKeyDeletion",
  "create-alias": "kms:CreateAlias",
  retarget: "kms:UpdateAlias",
  "delete-alias": "kms:DeleteAlias",
  "create-grant": "kms:CreateGrant",
  "revoke-grant": "kms:RevokeGrant",
  "create-replica": "kms:ReplicateKey"
}, BREAK_GLASS = "Break-glass: a key administrator signs in with MFA (or the account root with MFA) and makes this change by hand (console or `aws kms ...`), then sets the manifest to match so the next plan is empty. GitHub OIDC sessions never carry MFA. Steps: https://github.com/kms-action/kms-action/blob/main/docs/disable-or-delete-a-key.md#the-break-glass-path";
function checkApplierAccess(changes, live, options) {
  let problems = [], policyInForce = /* @__PURE__ */ new Map(), arns = /* @__PURE__ */ new Map(), properties = /* @__PURE__ */ new Map(), at = (account, region, id) => `${account}/${region}/${id}`;
  for (let key of [
    ...live.owned,
    ...live.adopted.flatMap((entry) => entry.found ? [entry.key] : []),
    ...live.replicas ?? []
  ])
    policyInForce.set(at(key.account, key.region, key.id), key.policy), arns.set(at(key.account, key.region, key.id), key.arn), properties.set(
      at(key.account, key.region, key.id),
      keyPropertyConditions({
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        origin: key.origin,
        multiRegion: key.multiRegion,
        replica: key.multiRegionConfiguration?.type === "REPLICA"
      })
    );
  let meter = options.meter ?? createPlanCheckWorkMeter(), evaluate = createMeteredEvaluator(meter);
  for (let [index, change] of changes.entries())
    try {
      checkChange(change);
    } catch (error) {
      if (!(error instanceof PlanCheckBudgetError)) throw error;
      problems.push(incompleteProblem(change, changes.slice(index + 1), meter.limit));
      break;
    }
  return problems;
  function checkChange(change) {
    let applier = options.applierFor(change.account), newPolicy = change.action === "create" ? change.after.policy : change.action === "update-policy" ? change.after : void 0, bypass = change.action === "create" && change.after.bypassPolicyLockoutSafetyCheck || change.action === "update-policy" && change.bypassPolicyLockoutSafetyCheck;
    if (change.action === "create-replica") {
      let replicaKey = {
        partition: partitionOf(change),
        account: change.account,
        region: change.replicaRegion
      }, policy = change.replica.policy, primary = properties.get(
        change.keyId === void 0 ? `new:${change.account}/${change.region}/${change.key}` : at(change.account, change.region, change.keyId)
      ), replicaProperties = primary === void 0 ? void 0 : { ...primary, "kms:MultiRegionKeyType": "REPLICA" };
      if (replicaProperties !== void 0 && properties.set(
        `new:${change.account}/${change.replicaRegion}/${change.key}`,
        replicaProperties
      ), policy !== void 0 && !change.replica.bypassPolicyLockoutSafetyCheck) {
        let lockouts = findPolicyLockouts(
          evaluate,
          policy,
          replicaKey,
          applier,
          replicaProperties
        );
        lockouts.length > 0 && problems.push(lockoutProblem(change, lockouts));
      }
      policyInForce.set(`new:${change.account}/${change.replicaRegion}/${change.key}`, policy);
    }
    let action = REQUIRED_ACTION[change.action], identity = change.keyId === void 0 ? `new:${change.account}/${change.region}/${change.key}` : at(change.account, change.region, change.keyId);
    change.action === "create" && properties.set(
      identity,
      keyPropertyConditions({
        keySpec: change.after.keySpec,
        keyUsage: change.after.keyUsage,
        origin: change.after.origin ?? "AWS_KMS",
        multiRegion: change.after.multiRegion
      })
    );
    let keyProperties = properties.get(identity), current = policyInForce.get(identity), arn = change.keyId === void 0 ? void 0 : arns.get(identity), key = arn === void 0 ? { partition: partitionOf(change), account: change.account, region: change.region } : { arn };
    if (applier !== void 0 && action !== void 0 && current !== void 0) {
      let decision = evaluateApplier(evaluate, current, applier, action, key, keyProperties);
      (decision.verdict === "explicit_deny" || decision.verdict === "implicit_deny" && !decision.delegatedToIam) && problems.push({
        code: "applier-denied",
        key: change.key,
        message: `${change.address} (${change.action}) needs ${action}, which the key policy ${decision.verdict === "explicit_deny" ? `explicitly denies (${describeDenies(decision)})` : "does not allow"} for the applying principal ${applier}`,
        help: decision.verdict === "explicit_deny" ? BREAK_GLASS : `allow ${action} for ${applier} in the key policy (as a key administrator), or ${BREAK_GLASS}`
      });
    }
    if (newPolicy !== void 0 && !bypass) {
      let lockouts = findPolicyLockouts(evaluate, newPolicy, key, applier, keyProperties);
      lockouts.length > 0 && problems.push(lockoutProblem(change, lockouts)), policyInForce.set(identity, newPolicy);
    }
  }
}
function incompleteProblem(change, unchecked, limit) {
  let others = new Set(unchecked.map((entry) => entry.key));
  others.delete(change.key);
  let rest = unchecked.length === 0 ? "" : ` and the ${String(unchecked.length)} changes after it${others.size === 0 ? "" : ` (of ${String(others.size)} other keys)`}`;
  return {
    code: "applier-check-incomplete",
    key: change.key,
    message: `the applier and lockout checks of \`${change.key}\` could not be completed: checking this plan's key policies takes more than ${withThousands(limit)} evaluation steps, the budget of one plan, so whether the applying principal may make ${change.address} (${change.action})${rest}, and whether a new policy locks a key out, is not known`,
    help: "plan fewer changes at once (--target, or several manifests), or shorten the key policies these changes are checked against (fewer statements, principals and condition values); the plan cannot be applied until every change is checked"
  };
}
function lockoutProblem(change, lockouts) {
  let whose = change.action === "create-replica" ? `${change.key}'s new ${change.replicaRegion} replica` : change.address.includes(".replica.") ? `${change.key}'s ${change.region} replica` : change.key;
  return {
    code: "policy-lockout",
    key: change.key,
    message: `the new key policy of ${whose} would lock out ${lockouts.join(" and ")}: kms:PutKeyPolicy would no longer be allowed`,
    help: "keep the account root statement (the break-glass backstop) and the applying role as key administrator; set bypass_policy_lockout_safety_check only if you accept that the key can become unmanageable"
  };
}

// core/plan/defer-untargeted-aliases.ts
function deferUntargetedAliases(keys, liveAliases, untargeted, declared) {
  let untargetedById = new Map(untargeted.map((key) => [key.id, key])), liveByName = new Map(liveAliases.map((alias) => [alias.name, alias])), deferred = [], kept = keys.map((key) => {
    if (key.frozen) return key;
    let desiredAliases = key.desiredAliases.filter((alias) => {
      let target = liveByName.get(alias)?.targetKeyId, other = target === void 0 ? void 0 : untargetedById.get(target);
      if (other === void 0) return !0;
      let otherName = other.name ?? other.id;
      return deferred.push({
        address: `alias.${alias}`,
        key: key.name,
        reason: `${alias} points to \`${otherName}\` (${other.arn}), a key of this manifest outside the targets: add --target ${otherName} to move it`
      }), !1;
    });
    return { ...key, desiredAliases };
  }), declaredBy = new Map(
    declared.flatMap((other) => other.aliases.map((alias) => [alias, other.name]))
  ), heldKeys = /* @__PURE__ */ new Set(), targetedById = new Map(
    keys.flatMap((key) => key.keyId === void 0 ? [] : [[key.keyId, key]])
  ), visible = liveAliases.filter((alias) => {
    let elsewhere = declaredBy.get(alias.name), on = alias.targetKeyId === void 0 ? void 0 : targetedById.get(alias.targetKeyId);
    return elsewhere === void 0 || on === void 0 ? !0 : (deferred.push({
      address: `alias.${alias.name}`,
      key: on.name,
      reason: `${alias.name} is declared by \`${elsewhere}\`, a key of this manifest outside the targets: add --target ${elsewhere} to move it`
    }), on.frozen && !heldKeys.has(on.name) && (heldKeys.add(on.name), deferred.push({
      address: `key.${on.name}`,
      key: on.name,
      reason: `its deletion waits: ${alias.name} still points to it and is declared by \`${elsewhere}\`, a key outside the targets; add --target ${elsewhere} to move the alias first`
    })), !1);
  });
  return { keys: kept, liveAliases: visible, deferred, heldKeys };
}

// core/plan/diff-aliases.ts
function diffAliases(account, region, keys, liveAliases) {
  let liveByName = new Map(liveAliases.map((alias) => [alias.name, alias])), managedIds = new Map(
    keys.flatMap((key) => key.keyId === void 0 ? [] : [[key.keyId, key.name]])
  ), desiredNames = new Set(keys.flatMap((key) => key.desiredAliases)), changes = [], base = (key, alias) => ({
    address: key.replica === !0 ? `alias.${region}.${alias}` : `alias.${alias}`,
    key: key.name,
    account,
    region,
    ...key.keyId === void 0 ? {} : { keyId: key.keyId }
  });
  for (let key of keys)
    if (!key.frozen)
      for (let alias of key.desiredAliases) {
        let live = liveByName.get(alias);
        if (live?.targetKeyId === void 0) {
          changes.push({
            ...base(key, alias),
            action: "create-alias",
            alias,
            before: null,
            after: key.name,
            risk: "safe"
          });
          continue;
        }
        if (key.keyId !== void 0 && live.targetKeyId === key.keyId) continue;
        let previousOwner = managedIds.get(live.targetKeyId);
        changes.push({
          ...base(key, alias),
          action: "retarget",
          alias,
          before: previousOwner === void 0 ? live.targetKeyId : `${previousOwner} (${live.targetKeyId})`,
          after: key.name,
          risk: "disruptive",
          note: previousOwner === void 0 ? `the alias now points to key ${live.targetKeyId}, which this manifest does not manage: callers using the alias switch keys, and data encrypted under the old key still needs it` : `callers using ${alias} switch from key ${previousOwner} to ${key.name}; data encrypted under ${previousOwner} still needs ${previousOwner}`
        });
      }
  for (let live of liveAliases) {
    if (live.targetKeyId === void 0 || desiredNames.has(live.name)) continue;
    let ownerName = managedIds.get(live.targetKeyId), owner = keys.find((key) => key.name === ownerName);
    owner === void 0 || owner.frozen || changes.push({
      ...base(owner, live.name),
      action: "delete-alias",
      alias: live.name,
      before: owner.name,
      after: null,
      risk: "disruptive",
      note: `callers that use ${live.name} will fail to find the key`
    });
  }
  return changes;
}

// core/plan/index-replicas-by-primary.ts
function indexReplicasByPrimary(live) {
  let byPrimary = /* @__PURE__ */ new Map(), seen = /* @__PURE__ */ new Set();
  for (let key of [...live.replicas ?? [], ...live.owned]) {
    let multiRegion = key.multiRegionConfiguration;
    if (multiRegion?.type !== "REPLICA" || seen.has(key.arn)) continue;
    seen.add(key.arn);
    let replicas = byPrimary.get(multiRegion.primary.arn);
    replicas === void 0 ? byPrimary.set(multiRegion.primary.arn, [key]) : replicas.push(key);
  }
  return byPrimary;
}

// core/plan/find-unexpected-keep-rules.ts
function findUnexpectedKeepRules(keys) {
  let flagged = /* @__PURE__ */ new Map(), found = /* @__PURE__ */ new Map(), groups = [];
  for (let key of keys)
    for (let rule of key.keepGrants) {
      let byAccount = flagged.get(rule.grantee);
      byAccount === void 0 && (byAccount = /* @__PURE__ */ new Map(), flagged.set(rule.grantee, byAccount));
      let scope = rule.source === "defaults" ? key.account : `\0${key.account}`, unexpected = byAccount.get(scope);
      if (unexpected === void 0 && (unexpected = keepRuleAppliesTo(rule, key.account) && !isAwsKeepGrantee(rule.grantee, key.account), byAccount.set(scope, unexpected)), !unexpected) continue;
      let byReason = found.get(rule.grantee);
      byReason === void 0 && (byReason = /* @__PURE__ */ new Map(), found.set(rule.grantee, byReason));
      let id = rule.source === "defaults" ? rule.reason : `\0${rule.reason}`, entry = byReason.get(id);
      if (entry === void 0) {
        let created = { ...rule, firstKey: key.name, keys: 1 };
        byReason.set(id, created), groups.push(created);
      } else
        entry.keys += 1;
    }
  return groups;
}
function isAwsKeepGrantee(grantee, account) {
  if (isServicePrincipal(grantee)) return !0;
  let parsed = parsePrincipal(grantee);
  return (isAwsGrantee(grantee) || parsed.kind === "role" && parsed.name.startsWith("aws:")) && "account" in parsed && parsed.account === account;
}

// core/plan/classify-principal.ts
var ACCOUNT_ID = /^\d{12}$/;
function classifyPrincipal(principal, account) {
  if (principal === "*") return "anyone";
  if (ACCOUNT_ID.test(principal)) return principal === account ? "own" : "other-account";
  if (principal.startsWith("arn:")) {
    let owner = principal.split(":", 6)[4] ?? "";
    return ACCOUNT_ID.test(owner) ? owner === account ? "own" : "other-account" : "unknown";
  }
  return /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/.test(principal) ? "service" : "unknown";
}

// core/plan/find-access-widening.ts
var ORGANIZATION_KEYS = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:principalorgpaths"]);
function findAccessWidening(input) {
  let byPrincipal = /* @__PURE__ */ new Map(), add = (principal, kind, action) => {
    let entry = byPrincipal.get(principal) ?? { principal, kind, actions: [] };
    entry.actions.includes(action) || entry.actions.push(action), byPrincipal.set(principal, entry);
  };
  for (let access of input.access ?? []) {
    if (access.change === "loses") continue;
    let kind = parseOrganizationPrincipal(access.principal) === void 0 ? classifyPrincipal(access.principal, input.account) : "organization";
    kind !== "own" && add(access.principal, kind, access.action);
  }
  if (input.grant !== void 0) {
    let kind = classifyPrincipal(input.grant.granteePrincipal, input.account);
    if (kind !== "own")
      for (let operation of input.grant.operations)
        add(input.grant.granteePrincipal, kind, `kms:${operation}`);
  }
  let known = new Set(
    (input.before?.Statement ?? []).map((statement) => JSON.stringify(statement))
  ), addStatement = (statement) => {
    let organizations = organizationValues(statement);
    for (let principal of statementPrincipals(statement)) {
      let kind = classifyPrincipal(principal, input.account);
      if (kind !== "own")
        for (let action of statementActions(statement))
          if (kind === "anyone" && organizations.length > 0)
            for (let value of organizations) add(`organization ${value}`, "organization", action);
          else add(principal, kind, action);
    }
  }, allows = (input.after?.Statement ?? []).filter((statement) => statement.Effect === "Allow");
  for (let statement of allows)
    known.has(JSON.stringify(statement)) || addStatement(statement);
  let kept = new Set(
    (input.after?.Statement ?? []).map((statement) => JSON.stringify(statement))
  ), dropped = unique(
    (input.before?.Statement ?? []).filter(
      (statement) => statement.Effect === "Deny" && !kept.has(JSON.stringify(statement))
    )
  ).map(coverageOf);
  if (dropped.length > 0)
    for (let statement of unique(allows)) {
      let allow = coverageOf(statement);
      dropped.some((deny) => mayCut(deny, allow)) && addStatement(statement);
    }
  return [...byPrincipal.values()];
}
function coverageOf(statement) {
  let principals = statementPrincipals(statement);
  return {
    anyone: principals.includes("*"),
    principals: new Set(principals),
    principalList: principals,
    accounts: new Set(principals.filter(isAccount).map(accountOf)),
    actions: new Set(expandStatementActions(statement))
  };
}
function mayCut(deny, allow) {
  return (deny.anyone || allow.anyone || allow.principalList.some(
    (principal) => deny.principals.has(principal) || deny.accounts.has(accountOf(principal))
  ) || deny.principalList.some((principal) => allow.accounts.has(accountOf(principal)))) && [...allow.actions].some((action) => deny.actions.has(action));
}
function accountOf(principal) {
  return /^\d{12}$/.test(principal) ? principal : principal.split(":", 6)[4] ?? principal;
}
function isAccount(principal) {
  return /^\d{12}$/.test(principal) || /^arn:[^:]+:iam::\d{12}:root$/.test(principal);
}
function unique(statements) {
  let seen = /* @__PURE__ */ new Set();
  return statements.filter((statement) => {
    let text = JSON.stringify(statement);
    return seen.has(text) ? !1 : (seen.add(text), !0);
  });
}
function organizationValues(statement) {
  let values = [];
  for (let keys of Object.values(statement.Condition ?? {}))
    for (let [name, value] of Object.entries(keys))
      ORGANIZATION_KEYS.has(name.toLowerCase()) && values.push(...(Array.isArray(value) ? value : [value]).map(String));
  return values;
}
function statementPrincipals(statement) {
  if (statement.NotPrincipal !== void 0) return ["*"];
  let block = statement.Principal;
  return block === void 0 ? [] : block === "*" ? ["*"] : Object.values(block).flatMap((values) => Array.isArray(values) ? values : [values]);
}
function statementActions(statement) {
  if (statement.Action !== void 0)
    return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  let excluded = statement.NotAction ?? [];
  return [`every action but ${(Array.isArray(excluded) ? excluded : [excluded]).join(", ")}`];
}

// core/plan/mark-access-widening.ts
function markAccessWidening(change) {
  let widens = change.action === "create" ? findAccessWidening({
    account: change.account,
    access: change.access,
    after: change.after.policy
  }) : change.action === "update-policy" ? findAccessWidening({
    account: change.account,
    access: change.access,
    before: change.before,
    after: change.after
  }) : change.action === "create-grant" ? findAccessWidening({ account: change.account, grant: change.after }) : change.action === "create-replica" ? (
    // ReplicateKey sets the replica's own policy: read like a new key's, by its statements.
    findAccessWidening({
      account: change.account,
      access: change.access,
      after: change.replica.policy
    })
  ) : [];
  return widens.length === 0 ? change : { ...change, widens, risk: change.risk === "safe" ? "disruptive" : change.risk };
}

// core/plan/find-live-key.ts
function findLiveKey(key, live, problem, declaredNames) {
  if (key.adopt !== void 0) {
    let adopted = live.adopted.find((entry) => entry.name === key.name);
    if (adopted === void 0 || !adopted.found)
      return problem(key, {
        code: "adopt-not-found",
        message: `\`${key.name}\` adopts ${key.adopt}, which does not exist or cannot be described`,
        help: "check the ARN, the account and Region, and that the planning role may call kms:DescribeKey on it"
      }), "problem";
    if (adopted.key.keyManager === "AWS")
      return problem(key, {
        code: "adopt-aws-managed",
        message: `\`${key.name}\` adopts ${key.adopt}, an AWS managed key`,
        help: "AWS managed keys cannot be changed; create a customer managed key instead"
      }), "problem";
    let owner = adopted.key.ownership;
    return owner?.manifest === live.owner && owner.key !== void 0 && owner.key !== key.name && declaredNames.has(owner.key) ? (problem(key, {
      code: "foreign-owner",
      message: `\`${key.name}\` adopts ${key.adopt}, the live key of \`${owner.key}\`, another key of this manifest`,
      help: `a live key belongs to one entry: remove \`adopt\` from \`${key.name}\`, or remove the entry \`${owner.key}\` to rename its key to \`${key.name}\``
    }), "problem") : { key: adopted.key };
  }
  let current = ownedUnder(key.name, key, live, problem);
  if (current !== void 0 || key.movedFrom === void 0)
    return current === void 0 || current === "problem" ? current : { key: current };
  let moved = ownedUnder(key.movedFrom, key, live, problem);
  return moved === void 0 || moved === "problem" ? moved : { key: moved, movedFrom: key.movedFrom };
}
var indexes = /* @__PURE__ */ new WeakMap();
function ownedId(account, region, name) {
  return `${account}
${region}
${name}`;
}
function ownedIndex(owned) {
  let index = indexes.get(owned);
  if (index === void 0) {
    index = /* @__PURE__ */ new Map();
    for (let candidate of owned) {
      let name = candidate.ownership?.key;
      if (name === void 0) continue;
      let id = ownedId(candidate.account, candidate.region, name), list = index.get(id);
      list === void 0 ? index.set(id, [candidate]) : list.push(candidate);
    }
    indexes.set(owned, index);
  }
  return index;
}
function ownedUnder(name, key, live, problem) {
  let candidates = ownedIndex(live.owned).get(ownedId(key.account, key.region, name)) ?? [];
  if (candidates.length > 1) {
    let active = candidates.filter((candidate) => candidate.state !== "PendingDeletion");
    return active.length === 1 ? active[0] : (problem(key, {
      code: "foreign-owner",
      message: `${candidates.length} live keys carry the ownership tags of \`${name}\`: ${candidates.map((candidate) => candidate.arn).join(", ")}`,
      help: "keep the tags on one of them only (remove the kms-action:* tags from the others), then plan again"
    }), "problem");
  }
  return candidates[0];
}

// core/plan/match-declared-keys.ts
function matchDeclaredKeys(desired, live, problem) {
  let declaredNames = /* @__PURE__ */ new Set([
    ...desired.keys.map((key) => key.name),
    ...(desired.untargetedKeys ?? []).map((key) => key.name)
  ]), foreignByName = /* @__PURE__ */ new Map();
  for (let claim of live.foreign) {
    let claims = foreignByName.get(claim.name);
    claims === void 0 ? foreignByName.set(claim.name, [claim]) : claims.push(claim);
  }
  let matches = /* @__PURE__ */ new Map(), claimants = /* @__PURE__ */ new Map(), matched = /* @__PURE__ */ new Set();
  for (let key of desired.keys) {
    let foreign = foreignByName.get(key.name) ?? [];
    if (foreign.length > 0) {
      reportForeignClaims(key, foreign, desired.owner, problem), matches.set(key, "problem");
      continue;
    }
    let match = findLiveKey(key, live, problem, declaredNames);
    if (matches.set(key, match), match === void 0 || match === "problem") continue;
    matched.add(match.key);
    let regions = /* @__PURE__ */ new Set([match.key.region, ...key.replicas.map((replica) => replica.region)]);
    for (let region of regions) {
      let id = `${match.key.account}
${region}
${match.key.id}`, entries = claimants.get(id);
      entries === void 0 ? claimants.set(id, [key]) : entries.push(key);
    }
  }
  let outside = untargetedClaims(desired);
  for (let key of desired.keys) {
    let match = matches.get(key);
    if (match === void 0 || match === "problem") continue;
    let { account, region, id, ownership } = match.key, other = outside.adopts.get(`${account}
${region}
${id}`) ?? (ownership?.manifest === live.owner && ownership.key !== void 0 ? outside.renames.get(`${account}
${region}
${ownership.key}`) : void 0);
    other !== void 0 && (problem(key, {
      code: "key-claimed-twice",
      message: `\`${key.name}\` and \`${other}\` (outside the targets) both stand for the live key ${match.key.arn} (${claimReason(key)}): a live key belongs to one entry`,
      help: "keep one entry for the key (to rename it, write `moved_from` on the new entry only; to adopt it, adopt it once), then plan again"
    }), matches.set(key, "problem"));
  }
  for (let entries of claimants.values()) {
    if (entries.length < 2) continue;
    let names = entries.map((entry) => `\`${entry.name}\``).join(", ");
    for (let key of entries) {
      let match = matches.get(key), arn = match === void 0 || match === "problem" ? "" : match.key.arn;
      problem(key, {
        code: "key-claimed-twice",
        message: `${names} all stand for the live key ${arn} (${claimReason(key)}): a live key belongs to one entry`,
        help: "keep one entry for the key: to rename it, write `moved_from` on the new entry only; to bring a key under management, adopt it once (the same key under two ARNs is still one key)"
      }), matches.set(key, "problem");
    }
  }
  return { matches, live: matched };
}
var KEY_ARN = /^arn:[a-z-]+:kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/;
function untargetedClaims(desired) {
  let adopts = /* @__PURE__ */ new Map(), renames = /* @__PURE__ */ new Map();
  for (let other of desired.untargetedKeys ?? []) {
    let adopted = other.adopt === void 0 ? void 0 : KEY_ARN.exec(other.adopt);
    adopted != null && adopts.set(`${adopted[2] ?? ""}
${adopted[1] ?? ""}
${adopted[3] ?? ""}`, other.name), other.movedFrom !== void 0 && renames.set(`${other.account}
${other.region}
${other.movedFrom}`, other.name);
  }
  return { adopts, renames };
}
function claimReason(key) {
  return key.adopt !== void 0 ? `\`${key.name}\` adopts ${key.adopt}` : key.movedFrom !== void 0 ? `\`${key.name}\` is moved from \`${key.movedFrom}\`` : `\`${key.name}\` owns it by its tags`;
}
function reportForeignClaims(key, foreign, owner, problem) {
  for (let claim of foreign)
    if (claim.reason !== "alias") {
      if (claim.reason === "legacy-path") {
        problem(key, {
          code: "legacy-owner",
          message: `key ${claim.arn} carries the logical name \`${claim.ownership.key ?? key.name}\` and the manifest tag \`${claim.ownership.manifest}\`, which may be this manifest's (\`${owner}\`) as older kms-action versions wrote it, relative to the working directory`,
          help: `if it is this manifest's key, an administrator sets its \`kms-action:manifest\` tag to \`${owner}\` once (outside the apply role, which may not change it), then plans again; if it belongs to the manifest \`${claim.ownership.manifest}\`, give \`${key.name}\` another logical name (see https://github.com/kms-action/kms-action/blob/main/docs/action.md#ownership-tags)`
        });
        continue;
      }
      problem(key, {
        code: "foreign-owner",
        message: `key ${claim.arn} that \`${key.name}\` adopts is managed by another manifest, ${claim.ownership.manifest}`,
        help: "a key is managed by one manifest only: remove it from one of them, or move its ownership tags deliberately (see https://github.com/kms-action/kms-action/blob/main/docs/action.md#ownership-tags)"
      });
    }
  for (let claim of foreign.filter((entry) => entry.reason === "alias"))
    problem(key, {
      code: "alias-owned-elsewhere",
      message: `alias \`${claim.alias ?? ""}\` of \`${key.name}\` points to key ${claim.arn}, managed by another manifest, ${claim.ownership.manifest}`,
      help: "choose another alias name, or remove the alias from the other manifest first"
    });
}

// core/plan/order-changes.ts
var ORDER = [
  "create",
  "cancel-deletion",
  "enable",
  "adopt",
  "retag",
  "update-policy",
  "update-description",
  "update-rotation",
  "tag",
  "create-replica",
  "create-alias",
  "retarget",
  "create-grant",
  "disable",
  "delete-alias",
  "revoke-grant",
  "schedule-deletion"
], rank = new Map(ORDER.map((action, index) => [action, index]));
function orderChanges(changes) {
  return [...changes].sort(
    (a, b) => (rank.get(a.action) ?? 0) - (rank.get(b.action) ?? 0) || a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.address.localeCompare(b.address)
  );
}

// core/plan/pending-import-notice.ts
var IMPORT_KEY_MATERIAL_HELP = "import it out of band: `aws kms get-parameters-for-import` (a wrapping key and an import token), wrap the material, then `aws kms import-key-material`";
function pendingImportNotice(name, live) {
  if (live.state === "PendingImport")
    return {
      code: "pending-import",
      key: name,
      address: `key.${name}`,
      arn: live.arn,
      message: `the key waits for its key material: ${live.arn} is PendingImport (created with origin EXTERNAL), so it can neither be used nor enabled or disabled until the material is imported`,
      help: `${IMPORT_KEY_MATERIAL_HELP}; the next plan then applies the declared state`
    };
}

// core/plan/refuse-unmanaged-replica-aliases.ts
function refuseUnmanagedReplicaAliases(region, keys, liveAliases) {
  let managed = new Set(keys.flatMap((key) => key.keyId === void 0 ? [] : [key.keyId])), targets = new Map(liveAliases.map((alias) => [alias.name, alias.targetKeyId])), problems = [];
  return { keys: keys.map((key) => {
    if (key.replica !== !0 || key.frozen) return key;
    let refused = key.desiredAliases.filter((alias) => {
      let target = targets.get(alias);
      return target !== void 0 && !managed.has(target);
    });
    if (refused.length === 0) return key;
    for (let alias of refused)
      problems.push({
        code: "alias-owned-elsewhere",
        key: key.name,
        message: `alias \`${alias}\` of the ${region} replica of \`${key.name}\` points to key ${targets.get(alias) ?? ""}, which this manifest does not manage (in a replica's Region kms-action cannot tell whether another manifest owns it)`,
        help: `choose another alias name for the replica; if the alias is free to take, move or delete it out of band first (\`aws kms update-alias\` / \`delete-alias\` in ${region}), then plan again`
      });
    return {
      ...key,
      desiredAliases: key.desiredAliases.filter((alias) => !refused.includes(alias))
    };
  }), problems };
}

// core/plan/creation-changes.ts
function creationChanges(key) {
  let base = {
    address: `key.${key.name}`,
    key: key.name,
    account: key.account,
    region: key.region
  }, newAccess = key.policy === void 0 ? { access: [] } : planAccessDiff(void 0, key.policy.document, {
    account: key.account,
    actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
    partition: partitionOf(key),
    key: requestedKeyOf(key),
    keyProperties: keyPropertyConditions(key)
  }), changes = [
    {
      ...base,
      action: "create",
      after: {
        description: key.description,
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        ...key.origin === "EXTERNAL" ? { origin: key.origin } : {},
        multiRegion: key.multiRegion,
        ...key.policy === void 0 ? {} : { policy: key.policy.document },
        tags: key.tags,
        bypassPolicyLockoutSafetyCheck: key.bypassPolicyLockoutSafetyCheck
      },
      access: newAccess.access,
      // Who the new policy lets in was not computed (too large, or past the plan's budget):
      // never safe, like a policy update whose access is unknown.
      risk: newAccess.unknown === void 0 ? "safe" : "disruptive",
      ...joinNotes([
        key.origin === "EXTERNAL" ? `created without key material, the key stays PendingImport (unusable) until the material is imported: ${IMPORT_KEY_MATERIAL_HELP}${key.state === "disabled" ? "; state: disabled is planned after that" : ""}` : void 0,
        newAccess.unknown
      ])
    }
  ];
  return key.rotation.enabled && changes.push({
    ...base,
    action: "update-rotation",
    before: { enabled: !1 },
    after: { enabled: !0, periodInDays: key.rotation.periodInDays },
    risk: "safe"
  }), key.state === "disabled" && key.origin !== "EXTERNAL" && changes.push({
    ...base,
    action: "disable",
    before: "Enabled",
    after: "Disabled",
    risk: "safe",
    note: "the new key is created disabled"
  }), changes.push(
    ...diffGrants({ name: key.name, account: key.account, region: key.region }, key.grants, []).changes
  ), changes;
}

// core/plan/build-plan.ts
var IMMUTABLE_HELP = "KMS cannot change this on an existing key. To replace the key: declare a new key with the new setting, move the alias to it (callers follow the alias), re-encrypt or let data age out, then set the old key to `state: pending_deletion`.";
function buildPlan(desired, live, options = {}) {
  return meterAccessWork(
    options.meters?.access ?? createAccessWorkMeter(),
    () => planWithinBudget(desired, live, options)
  );
}
function planWithinBudget(desired, live, options) {
  let problems = [], changes = [], problem = (key, fields) => {
    typeof key == "string" ? problems.push({ ...fields, key }) : problems.push({
      ...fields,
      key: key.name,
      line: key.location.line,
      column: key.location.column
    });
  }, notices = [], keptGrants = [], matched = /* @__PURE__ */ new Set(), replicasByPrimary = indexReplicasByPrimary(live), aliasedByRegion = /* @__PURE__ */ new Map(), regionKey = (account, region) => `${account}/${region}`, { matches, live: claimed } = matchDeclaredKeys(desired, live, problem);
  for (let liveKey of claimed) matched.add(liveKey);
  for (let key of desired.keys) {
    let match = matches.get(key);
    if (match === "problem") continue;
    let liveKey = match?.key, aliased = {
      name: key.name,
      desiredAliases: key.aliases,
      frozen: key.state === "pending_deletion",
      ...liveKey === void 0 ? {} : { keyId: liveKey.id }
    }, addAliased = (account, region, entry) => {
      let scope = regionKey(account, region), inRegion = aliasedByRegion.get(scope);
      inRegion === void 0 ? aliasedByRegion.set(scope, [entry]) : inRegion.push(entry);
    };
    if (addAliased(key.account, key.region, aliased), liveKey === void 0) {
      if (key.state !== "pending_deletion") {
        changes.push(...creationChanges(key));
        let replicas = diffReplicas(key, void 0, []);
        changes.push(...replicas.changes);
        for (let entry of replicas.aliased) addAliased(entry.account, entry.region, entry.key);
      }
      continue;
    }
    let immutable = immutableDifferences(key, liveKey);
    if (immutable.length > 0) {
      problem(key, {
        code: "immutable-change",
        message: `\`${key.name}\` asks to change ${immutable.join(", ")} of existing key ${liveKey.arn}`,
        help: liveKey.origin === "EXTERNAL" && key.origin !== "EXTERNAL" ? `the live key holds imported key material: if that is the key you mean, declare \`origin: EXTERNAL\` on \`${key.name}\` (it never rotates automatically). ${IMMUTABLE_HELP}` : IMMUTABLE_HELP
      });
      continue;
    }
    if (match?.movedFrom !== void 0 && key.state !== "pending_deletion" && changes.push({
      address: `key.${key.name}`,
      key: key.name,
      account: liveKey.account,
      region: liveKey.region,
      keyId: liveKey.id,
      action: "retag",
      before: match.movedFrom,
      after: key.name,
      risk: "safe",
      note: `moved_from: ${match.movedFrom} can be removed from the manifest once this is applied`
    }), changes.push(...diffKey(key, liveKey, { adopting: key.adopt !== void 0 })), liveKey.multiRegionConfiguration?.type === "PRIMARY" || key.replicas.length > 0) {
      let replicas = diffReplicas(key, liveKey, replicasByPrimary.get(liveKey.arn) ?? []);
      changes.push(...replicas.changes), keptGrants.push(...replicas.kept);
      for (let entry of replicas.problems) problem(key, entry);
      for (let entry of replicas.aliased) addAliased(entry.account, entry.region, entry.key);
    }
    let notice = pendingImportNotice(key.name, liveKey);
    if (notice !== void 0 && notices.push(notice), key.state !== "pending_deletion" && liveKey.state !== "PendingDeletion") {
      let grants = diffGrants(
        { name: key.name, account: liveKey.account, region: liveKey.region, keyId: liveKey.id },
        key.grants,
        liveKey.grants,
        key.keepGrants
      );
      changes.push(...grants.changes), keptGrants.push(...grants.kept);
    }
  }
  let untargeted = [...live.untargeted ?? []], matchedArns = new Set([...matched].map((liveKey) => liveKey.arn));
  for (let liveKey of live.owned) {
    if (matched.has(liveKey)) continue;
    let multiRegion = liveKey.multiRegionConfiguration;
    if (multiRegion?.type === "REPLICA" && matchedArns.has(multiRegion.primary.arn)) continue;
    if (desired.targets !== void 0 && !desired.targets.includes(liveKey.ownership?.key ?? "")) {
      let { arn, id, account, region } = liveKey, name2 = liveKey.ownership?.key;
      untargeted.push({ arn, id, account, region, ...name2 === void 0 ? {} : { name: name2 } });
      continue;
    }
    if (liveKey.state === "PendingDeletion" || liveKey.state === "PendingReplicaDeletion") continue;
    let name = liveKey.ownership?.key ?? liveKey.id;
    problem(name, {
      code: "orphan",
      message: `key \`${name}\` (${liveKey.arn}) is tagged as managed by this manifest but is no longer declared in it`,
      help: `${liveKey.ownership?.key === void 0 ? "" : `if the key was renamed in the manifest, write \`moved_from: ${name}\` on its new entry (the key is then re-tagged, not replaced); `}to delete it, keep it in the manifest with \`state: pending_deletion\`; to stop managing it, remove its \`kms-action:*\` tags in AWS first`
    });
  }
  let deferred = [], heldDeletions = /* @__PURE__ */ new Set();
  for (let [scope, aliasedKeys] of aliasedByRegion) {
    let [account = "", region = ""] = scope.split("/"), liveAliases = live.regions.find((entry) => entry.account === account && entry.region === region)?.aliases ?? [], keys = aliasedKeys, aliases = liveAliases;
    if (desired.targets !== void 0) {
      let partial = deferUntargetedAliases(
        keys,
        liveAliases,
        untargeted,
        (desired.untargetedKeys ?? []).filter(
          (other) => other.account === account && other.region === region
        )
      );
      keys = partial.keys, aliases = partial.liveAliases, deferred.push(...partial.deferred);
      for (let name of partial.heldKeys) heldDeletions.add(name);
    }
    let replicaAliases = refuseUnmanagedReplicaAliases(region, keys, aliases);
    for (let entry of replicaAliases.problems) {
      let declared = desired.keys.find((key) => key.name === entry.key);
      problem(declared ?? entry.key, entry);
    }
    changes.push(...diffAliases(account, region, replicaAliases.keys, aliases));
  }
  let ordered = orderChanges(
    changes.filter((change) => !(change.action === "schedule-deletion" && heldDeletions.has(change.key))).map(markAccessWidening)
  );
  if (options.applierFor !== void 0) {
    let checks = options.meters?.checks;
    problems.push(
      ...checkApplierAccess(ordered, live, {
        applierFor: options.applierFor,
        ...checks === void 0 ? {} : { meter: checks }
      })
    );
  }
  let unexpectedKeepRules = findUnexpectedKeepRules(desired.keys);
  return {
    owner: desired.owner,
    file: desired.file,
    ...desired.targets === void 0 ? {} : { partial: { targets: desired.targets, deferred } },
    changes: ordered,
    problems,
    ...notices.length === 0 ? {} : { notices },
    ...keptGrants.length === 0 ? {} : {
      keptGrants: keptGrants.sort(
        (a, b) => compare(a.address, b.address) || compare(a.grantId, b.grantId)
      )
    },
    ...unexpectedKeepRules.length === 0 ? {} : { unexpectedKeepRules },
    summary: summarize(ordered, problems)
  };
}
function immutableDifferences(key, live) {
  let differences = [];
  return key.keySpec !== live.keySpec && differences.push(`key_spec (${live.keySpec} -> ${key.keySpec})`), key.keyUsage !== live.keyUsage && differences.push(`key_usage (${live.keyUsage} -> ${key.keyUsage})`), key.origin === "EXTERNAL" != (live.origin === "EXTERNAL") && differences.push(`origin (${live.origin} -> ${key.origin})`), key.multiRegion !== live.multiRegion && differences.push(`multi_region (${String(live.multiRegion)} -> ${String(key.multiRegion)})`), differences;
}
function summarize(changes, problems) {
  let byAction = {}, byRisk = { safe: 0, disruptive: 0, destructive: 0 };
  for (let change of changes)
    byAction[change.action] = (byAction[change.action] ?? 0) + 1, byRisk[change.risk] += 1;
  return { changes: changes.length, byAction, byRisk, problems: problems.length };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// adapters/aws/check-caller-identity.ts
var import_client_sts = __toESM(require_dist_cjs3(), 1);
async function checkCallerIdentity(account, region, credentials, endpoint) {
  let sts = new import_client_sts.STSClient({
    region,
    ...credentials === void 0 ? {} : { credentials },
    ...endpoint === void 0 ? {} : { endpoint }
  });
  try {
    let identity = await sts.send(new import_client_sts.GetCallerIdentityCommand({})), arn = identity.Arn ?? "";
    if (identity.Account !== account)
      throw new AwsAccessError(
        `the AWS credentials belong to account ${identity.Account ?? "unknown"} (${arn}), but keys in the manifest live in account ${account}. Use --role-to-assume 'arn:aws:iam::{account}:role/<role>' to reach each account, or credentials for ${account}`
      );
    return { account, arn };
  } catch (error) {
    throw error instanceof AwsAccessError ? error : toAwsAccessError(error, {
      operation: "GetCallerIdentity",
      service: "sts",
      account,
      region,
      endpoint: endpoint ?? `sts.${region}.amazonaws.com`
    });
  } finally {
    sts.destroy();
  }
}

// adapters/aws/count-api-calls.ts
function createApiCallStats() {
  return { calls: /* @__PURE__ */ new Map(), attempts: /* @__PURE__ */ new Map() };
}
function countApiCalls(client, stats) {
  let count = (into, commandName) => {
    let operation = (commandName ?? "Unknown").replace(/Command$/, "");
    into.set(operation, (into.get(operation) ?? 0) + 1);
  };
  client.middlewareStack.add(
    (next, context) => (args) => (count(stats.calls, context.commandName), next(args)),
    { step: "initialize", name: "kmsActionCountCalls", override: !0 }
  ), client.middlewareStack.add(
    (next, context) => (args) => (count(stats.attempts, context.commandName), next(args)),
    { step: "deserialize", name: "kmsActionCountAttempts", override: !0 }
  );
}
function apiCallsByOperation(stats) {
  return Object.fromEntries([...stats.calls].sort(([a], [b]) => a.localeCompare(b)));
}

// adapters/aws/kms-client.ts
var import_client_kms = __toESM(require_dist_cjs4(), 1), import_client_resource_groups_tagging_api = __toESM(require_dist_cjs5(), 1);

// adapters/aws/node-sha256.ts
import { createHash, createHmac } from "node:crypto";
var NodeSha256 = class {
  digestLength = 32;
  key;
  hash;
  finished = !1;
  constructor(secret) {
    this.key = keyOf(secret), this.hash = this.start();
  }
  update(data) {
    if (this.finished) throw new Error("Attempted to update an already finished hash.");
    this.hash.update(data);
  }
  digest() {
    let bytes;
    return this.key === void 0 ? bytes = this.hash.copy().digest() : (this.finished = !0, bytes = this.hash.digest()), Promise.resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  reset() {
    this.hash = this.start(), this.finished = !1;
  }
  start() {
    return this.key === void 0 ? createHash("sha256") : createHmac("sha256", this.key.text, { encoding: this.key.encoding });
  }
};
function keyOf(secret) {
  return secret === void 0 ? void 0 : typeof secret == "string" ? secret === "" ? void 0 : { text: secret, encoding: "utf8" } : { text: (ArrayBuffer.isView(secret) ? Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength) : Buffer.from(secret)).toString("latin1"), encoding: "latin1" };
}

// adapters/aws/reuse-request-signer.ts
function reuseRequestSigner(client) {
  let build = client.config.signer, signers = /* @__PURE__ */ new Map();
  client.config.signer = (authScheme) => {
    let id = [authScheme?.name, authScheme?.signingName, authScheme?.signingRegion].join(`
`), signer = signers.get(id);
    return signer === void 0 && (signer = build(authScheme), signers.set(id, signer), signer.catch(() => {
      signers.delete(id);
    })), signer;
  };
}

// adapters/aws/kms-client.ts
var DEFAULT_RETRY_MODE = "adaptive", DEFAULT_MAX_ATTEMPTS = 8, CONNECTION_TIMEOUT_MS = 5e3, REQUEST_TIMEOUT_MS = 3e4;
function clientConfig(options) {
  let config = {
    region: options.region,
    requestHandler: {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      // Without it the handler only warns, and a stalled connection hangs until the socket
      // timeout (minutes); with it, the request fails and the SDK's retry strategy takes over.
      throwOnRequestTimeout: !0
    },
    // The SDK's SHA-256 with cheaper HMAC keys under Node 24 (node-sha256.ts).
    sha256: NodeSha256
  };
  options.credentials !== void 0 && (config.credentials = options.credentials), options.endpoint !== void 0 && (config.endpoint = options.endpoint);
  let retryMode = options.retryMode ?? (process.env.AWS_RETRY_MODE === void 0 ? DEFAULT_RETRY_MODE : void 0);
  retryMode !== void 0 && (config.retryMode = retryMode);
  let maxAttempts = options.maxAttempts ?? (process.env.AWS_MAX_ATTEMPTS === void 0 ? DEFAULT_MAX_ATTEMPTS : void 0);
  return maxAttempts !== void 0 && (config.maxAttempts = maxAttempts), config;
}
function createKmsClient(options) {
  let client = new import_client_kms.KMSClient(clientConfig(options));
  return reuseRequestSigner(client), options.stats !== void 0 && countApiCalls(client, options.stats), client;
}
function createTaggingClient(options) {
  let client = new import_client_resource_groups_tagging_api.ResourceGroupsTaggingAPIClient(clientConfig(options));
  return reuseRequestSigner(client), options.stats !== void 0 && countApiCalls(client, options.stats), client;
}
function describeEndpoint(service, region, endpoint) {
  let fromEnv = service === "kms" ? process.env.AWS_ENDPOINT_URL_KMS ?? process.env.AWS_ENDPOINT_URL : process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API ?? process.env.AWS_ENDPOINT_URL;
  return endpoint ?? fromEnv ?? (service === "kms" ? `https://kms.${region}.amazonaws.com` : `https://tagging.${region}.amazonaws.com`);
}
function cacheMiddlewareWhile(client) {
  let previous = client.config.cacheMiddleware;
  return Reflect.deleteProperty(client, "handlers"), client.config.cacheMiddleware = !0, () => {
    client.config.cacheMiddleware = previous, previous !== !0 && Reflect.deleteProperty(client, "handlers");
  };
}
function retryStandardWhile(client) {
  let previous = client.config.retryStrategy, standard = new import_client_kms.KMSClient({
    region: "us-east-1",
    retryMode: "standard",
    maxAttempts: client.config.maxAttempts
  });
  return client.config.retryStrategy = standard.config.retryStrategy, standard.destroy(), () => {
    client.config.retryStrategy = previous;
  };
}
function createAwsClients(options = {}) {
  let kmsClients = /* @__PURE__ */ new Map(), taggingClients = /* @__PURE__ */ new Map(), optionsFor = (account, region) => {
    let result = { region }, credentials = options.credentialsFor?.(account);
    return credentials !== void 0 && (result.credentials = credentials), options.endpoint !== void 0 && (result.endpoint = options.endpoint), options.retryMode !== void 0 && (result.retryMode = options.retryMode), options.maxAttempts !== void 0 && (result.maxAttempts = options.maxAttempts), options.stats !== void 0 && (result.stats = options.stats), result;
  }, cached = (cache, create) => (account, region) => {
    let cacheKey = `${account}/${region}`, client = cache.get(cacheKey);
    return client === void 0 && (client = create(optionsFor(account, region)), cache.set(cacheKey, client)), client;
  };
  return {
    kms: cached(kmsClients, createKmsClient),
    tagging: cached(taggingClients, createTaggingClient),
    endpointOf: (service, region) => describeEndpoint(service, region, options.endpoint),
    destroy: () => {
      for (let client of [...kmsClients.values(), ...taggingClients.values()]) client.destroy();
      kmsClients.clear(), taggingClients.clear();
    }
  };
}

// adapters/aws/kms-listings.ts
var import_client_kms2 = __toESM(require_dist_cjs4(), 1);
async function listAliasPages(kms, callKms, region) {
  let aliases = [], marker;
  do {
    let page = await callKms(
      "ListAliases",
      void 0,
      () => kms.send(
        new import_client_kms2.ListAliasesCommand({ Limit: 100, ...marker === void 0 ? {} : { Marker: marker } })
      )
    );
    for (let alias of page.Aliases ?? [])
      alias.AliasName !== void 0 && (region !== void 0 && alias.AliasArn !== void 0 && alias.AliasArn.split(":")[3] !== region || aliases.push({
        name: alias.AliasName,
        arn: alias.AliasArn ?? "",
        ...alias.TargetKeyId === void 0 ? {} : { targetKeyId: alias.TargetKeyId }
      }));
    marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
  } while (marker !== void 0);
  return aliases.sort((a, b) => compare2(a.name, b.name));
}
async function listGrantPages(kms, id, target, callKms) {
  let grants = [], marker;
  do {
    let page = await callKms(
      "ListGrants",
      target,
      () => kms.send(
        new import_client_kms2.ListGrantsCommand({
          KeyId: id,
          Limit: 100,
          ...marker === void 0 ? {} : { Marker: marker }
        })
      )
    );
    grants.push(...(page.Grants ?? []).map(toLiveGrant)), marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
  } while (marker !== void 0);
  return grants.sort(
    (a, b) => compare2(a.name ?? "", b.name ?? "") || compare2(a.grantId, b.grantId)
  );
}
function toLiveGrant(entry) {
  let grant = {
    grantId: entry.GrantId ?? "",
    // A grant to a service principal names it in GranteeServicePrincipal (or, for grants AWS
    // services create, in GranteePrincipal).
    granteePrincipal: entry.GranteePrincipal ?? entry.GranteeServicePrincipal ?? "",
    operations: [...entry.Operations ?? []].sort()
  };
  entry.Name !== void 0 && entry.Name !== "" && (grant.name = entry.Name);
  let retiring = entry.RetiringPrincipal ?? entry.RetiringServicePrincipal;
  retiring !== void 0 && (grant.retiringPrincipal = retiring), entry.IssuingAccount !== void 0 && (grant.issuingAccount = entry.IssuingAccount);
  let subset = entry.Constraints?.EncryptionContextSubset;
  subset !== void 0 && (grant.encryptionContextSubset = subset);
  let equals = entry.Constraints?.EncryptionContextEquals;
  equals !== void 0 && (grant.encryptionContextEquals = equals);
  let sourceArn = entry.Constraints?.SourceArn;
  return sourceArn !== void 0 && (grant.sourceArn = sourceArn), grant;
}
function parseKeyPolicyText(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  if (typeof parsed != "object" || parsed === null || Array.isArray(parsed)) return;
  let statement = parsed.Statement;
  if (typeof statement == "object" && statement !== null && !Array.isArray(statement))
    return {
      ...parsed,
      Statement: [statement]
    };
  if (Array.isArray(statement))
    return parsed;
}
async function readKeyPolicyText(kms, id, target, callKms) {
  return (await callKms(
    "GetKeyPolicy",
    target,
    () => kms.send(new import_client_kms2.GetKeyPolicyCommand({ KeyId: id, PolicyName: "default" }))
  )).Policy;
}
async function readKeyRotation(kms, id, target, callKms) {
  let output = await callKms(
    "GetKeyRotationStatus",
    target,
    () => kms.send(new import_client_kms2.GetKeyRotationStatusCommand({ KeyId: id }))
  ), rotation = { enabled: output.KeyRotationEnabled === !0 };
  return output.RotationPeriodInDays !== void 0 && (rotation.periodInDays = output.RotationPeriodInDays), output.NextRotationDate !== void 0 && (rotation.nextRotationDate = output.NextRotationDate.toISOString()), rotation;
}
function liveKeyBasics(metadata, account, region) {
  let key = {
    arn: metadata.Arn ?? "",
    id: metadata.KeyId ?? "",
    account: metadata.AWSAccountId ?? account,
    region,
    description: metadata.Description ?? "",
    keySpec: metadata.KeySpec ?? "SYMMETRIC_DEFAULT",
    // AWS always returns KeyUsage; moto 5.2 omits it when CreateKey did not set it.
    keyUsage: metadata.KeyUsage ?? "ENCRYPT_DECRYPT",
    keyManager: metadata.KeyManager ?? "CUSTOMER",
    origin: metadata.Origin ?? "AWS_KMS",
    state: metadata.KeyState ?? "Unavailable",
    multiRegion: metadata.MultiRegion === !0
  };
  metadata.CustomKeyStoreId !== void 0 && metadata.CustomKeyStoreId !== "" && (key.customKeyStoreId = metadata.CustomKeyStoreId), metadata.CreationDate !== void 0 && (key.creationDate = metadata.CreationDate.toISOString()), metadata.DeletionDate !== void 0 && (key.deletionDate = metadata.DeletionDate.toISOString()), metadata.PendingDeletionWindowInDays !== void 0 && (key.pendingDeletionWindowInDays = metadata.PendingDeletionWindowInDays);
  let multi = metadata.MultiRegionConfiguration;
  return multi?.MultiRegionKeyType !== void 0 && (key.multiRegionConfiguration = {
    // The primary is the key whose ARN is the primary's (AWS: the two always agree). moto
    // 5.2 shares one configuration between a primary and its replicas and turns it to
    // REPLICA once a replica is described, so the type is derived from the ARN.
    type: multi.PrimaryKey?.Arn === void 0 ? multi.MultiRegionKeyType : multi.PrimaryKey.Arn === metadata.Arn ? "PRIMARY" : "REPLICA",
    primary: { arn: multi.PrimaryKey?.Arn ?? "", region: multi.PrimaryKey?.Region ?? "" },
    replicas: (multi.ReplicaKeys ?? []).map((replica) => ({ arn: replica.Arn ?? "", region: replica.Region ?? "" })).sort((a, b) => compare2(a.region, b.region))
  }), key;
}
function ownershipOf(tags) {
  let manifest = tags[OWNERSHIP_TAG_MANIFEST];
  if (manifest === void 0) return;
  let key = tags[OWNERSHIP_TAG_KEY];
  return key === void 0 ? { manifest } : { manifest, key };
}
function nextToken(previous, next) {
  return next === void 0 || next === "" || next === previous ? void 0 : next;
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// adapters/aws/read-live-key.ts
var import_client_kms4 = __toESM(require_dist_cjs4(), 1);

// adapters/aws/discover-owned-keys.ts
var import_client_kms3 = __toESM(require_dist_cjs4(), 1), import_client_resource_groups_tagging_api2 = __toESM(require_dist_cjs5(), 1);

// adapters/aws/live-read-scope.ts
var KEY_ARN2 = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;
function assertAccount(arn, scope, source) {
  let account = KEY_ARN2.exec(arn)?.[3];
  if (account !== void 0 && account !== scope.account)
    throw new AwsAccessError(
      `${source} in region ${scope.region} returned key ${arn} of account ${account}, but the keys read there belong to account ${scope.account}: the credentials used are for the wrong account. Assume a role in ${scope.account} (--role-to-assume 'arn:aws:iam::{account}:role/...').`
    );
}
function tagRecord(pairs) {
  let record = {};
  for (let [key, value] of pairs)
    key !== void 0 && (record[key] = value ?? "");
  return record;
}
function causeName(error) {
  return error instanceof AwsAccessError ? awsErrorName(error.cause) : awsErrorName(error);
}
function foreignClaim(name, reason, key, scope, ownership) {
  return { name, reason, arn: key.arn, account: scope.account, region: scope.region, ownership };
}

// adapters/aws/discover-owned-keys.ts
var TAGGING_UNAVAILABLE = /* @__PURE__ */ new Set([
  "UnknownOperationException",
  "NotImplemented",
  "InternalFailure"
]);
async function discoverOwnedKeys(scope, clients, kms, limit, call, send) {
  let tagging = clients.tagging(scope.account, scope.region), keys = [];
  try {
    let token;
    do {
      let page = await limit.run(
        () => tagging.send(
          new import_client_resource_groups_tagging_api2.GetResourcesCommand({
            TagFilters: [{ Key: OWNERSHIP_TAG_MANIFEST }],
            ResourceTypeFilters: ["kms:key"],
            ResourcesPerPage: 100,
            ...token === void 0 ? {} : { PaginationToken: token }
          })
        )
      );
      for (let mapping of page.ResourceTagMappingList ?? []) {
        let arn = mapping.ResourceARN, id = arn === void 0 ? void 0 : KEY_ARN2.exec(arn)?.[4];
        arn === void 0 || id === void 0 || keys.push({
          arn,
          id,
          tags: tagRecord((mapping.Tags ?? []).map((tag) => [tag.Key, tag.Value]))
        });
      }
      token = nextToken(token, page.PaginationToken);
    } while (token !== void 0);
    return { method: "tagging-api", keys };
  } catch (error) {
    if (!taggingUnavailable(error))
      throw toAwsAccessError(error, call("GetResources", void 0, "tagging"));
    return { method: "list-keys", note: `GetResources was refused (${awsErrorName(error)}); discovery fell back to ListKeys + ListResourceTags, one call per key in the account. Allow tag:GetResources to avoid it.`, keys: await listTaggedKeys(kms, call, send) };
  }
}
function taggingUnavailable(error) {
  let status = awsHttpStatus(error);
  return isAccessDenied(error) || TAGGING_UNAVAILABLE.has(awsErrorName(error)) || status === 404 || status === 501;
}
async function listTaggedKeys(kms, call, send) {
  let all = [], marker;
  do {
    let page = await send(
      call("ListKeys"),
      () => kms.send(
        new import_client_kms3.ListKeysCommand({ Limit: 1e3, ...marker === void 0 ? {} : { Marker: marker } })
      )
    );
    for (let entry of page.Keys ?? [])
      entry.KeyArn !== void 0 && entry.KeyId !== void 0 && all.push({ arn: entry.KeyArn, id: entry.KeyId });
    marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
  } while (marker !== void 0);
  return (await Promise.all(
    all.map(async (key) => {
      let tags = await listResourceTags(kms, key.id, key.arn, call, send);
      return tags === void 0 || tags[OWNERSHIP_TAG_MANIFEST] === void 0 ? void 0 : { ...key, tags };
    })
  )).filter((key) => key !== void 0);
}
async function listResourceTags(kms, id, target, call, send) {
  let tags = [], marker;
  try {
    do {
      let page = await send(
        call("ListResourceTags", target),
        () => kms.send(
          new import_client_kms3.ListResourceTagsCommand({
            KeyId: id,
            ...marker === void 0 ? {} : { Marker: marker }
          })
        )
      );
      tags.push(...page.Tags ?? []), marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
    } while (marker !== void 0);
  } catch (error) {
    if (causeName(error) === "NotFoundException") return;
    throw error;
  }
  return tagRecord(tags.map((tag) => [tag.TagKey, tag.TagValue]));
}

// adapters/aws/read-live-key.ts
async function readLiveKey(input) {
  let { kms, id, target, call, send } = input, unknownIn = async (task) => {
    try {
      return await task();
    } catch (error) {
      let name = causeName(error);
      if (name === "KMSInvalidStateException" || name === "UnsupportedOperationException")
        return;
      throw error;
    }
  }, callKms = (operation, on, task) => send(call(operation, on), task), described = send(
    call("DescribeKey", target),
    () => kms.send(new import_client_kms4.DescribeKeyCommand({ KeyId: id }))
  ), readParts = () => Promise.all([
    unknownIn(() => readKeyPolicyText(kms, id, target, callKms)),
    input.replica === !0 ? void 0 : unknownIn(() => readKeyRotation(kms, id, target, callKms)),
    unknownIn(() => listGrantPages(kms, id, target, callKms)),
    input.tags === void 0 ? listResourceTags(kms, id, target, call, send) : Promise.resolve(input.tags)
  ]), early = input.tags === void 0 ? void 0 : readParts();
  early?.catch(() => {
  });
  let metadata;
  try {
    metadata = (await described).KeyMetadata;
  } catch (error) {
    if (causeName(error) === "NotFoundException") return;
    throw error;
  }
  if (metadata?.Arn === void 0 || metadata.KeyId === void 0)
    throw new AwsAccessError(`DescribeKey on ${target} returned no key metadata`);
  assertAccount(metadata.Arn, input.scope, "DescribeKey");
  let [policyText, rotation, grants, tags] = await (early ?? readParts()), keyTags = tags ?? {}, keyId = metadata.KeyId;
  return {
    ...liveKeyBasics(metadata, input.scope.account, input.scope.region),
    rotation,
    policy: policyText === void 0 ? void 0 : parseKeyPolicyText(policyText),
    policyText,
    tags: keyTags,
    aliases: input.aliases.filter((alias) => alias.targetKeyId === keyId),
    grants,
    ownership: ownershipOf(keyTags)
  };
}

// adapters/aws/scope-caller.ts
function scopeCaller(clients, scope, limit) {
  let call = (operation, target, service = "kms") => ({
    operation,
    service,
    account: scope.account,
    region: scope.region,
    endpoint: clients.endpointOf(service, scope.region),
    ...target === void 0 ? {} : { target }
  }), send = async (description, task) => {
    try {
      return await limit.run(task, description.operation);
    } catch (error) {
      throw toAwsAccessError(error, description);
    }
  };
  return { kms: clients.kms(scope.account, scope.region), call, send };
}

// adapters/aws/read-replicas.ts
async function readReplicas(input) {
  let scopeId = (account, region) => `${account}/${region}`, readRegions = new Map(
    input.regions.map((region) => [scopeId(region.account, region.region), region])
  ), readByArn = new Map(input.read.map((key) => [key.arn, key])), wanted = /* @__PURE__ */ new Map(), want = (account, region) => {
    let id = scopeId(account, region), entry = wanted.get(id) ?? { account, region, arns: /* @__PURE__ */ new Set() };
    return wanted.set(id, entry), entry.arns;
  }, seenPrimaries = /* @__PURE__ */ new Set();
  for (let key of input.read) {
    let multi = key.multiRegionConfiguration;
    if (!(multi?.type !== "PRIMARY" || seenPrimaries.has(key.arn))) {
      seenPrimaries.add(key.arn);
      for (let replica of multi.replicas) want(key.account, replica.region).add(replica.arn);
    }
  }
  for (let key of input.keys)
    for (let region of key.replicaRegions) want(key.account, region);
  let results = await Promise.all(
    [...wanted.values()].map(async ({ account, region, arns }) => {
      let known = readRegions.get(scopeId(account, region)), unread = [...arns].filter((arn) => !readByArn.has(arn));
      if (known !== void 0 && unread.length === 0)
        return { replicas: [...arns].flatMap((arn) => readByArn.get(arn) ?? []) };
      input.scheduler.watch(input.clients.kms(account, region), account, region);
      let scope = { account, region, keys: [] }, { kms, call, send } = scopeCaller(
        input.clients,
        scope,
        input.scheduler.forScope(account, region)
      ), aliases = known?.aliases ?? await listAliasPages(
        kms,
        (operation, target, task) => send(call(operation, target), task),
        region
      ), fresh = await Promise.all(
        unread.map(
          (arn) => readLiveKey({
            kms,
            id: arn.slice(arn.lastIndexOf("/") + 1),
            tags: void 0,
            target: arn,
            scope,
            aliases,
            call,
            send,
            replica: !0
          })
        )
      );
      return {
        replicas: [
          ...[...arns].flatMap((arn) => readByArn.get(arn) ?? []),
          ...fresh.filter((key) => key !== void 0)
        ],
        ...known === void 0 ? { region: { account, region, discovery: "replicas", aliases } } : {}
      };
    })
  ), compare4 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return {
    replicas: results.flatMap((result) => result.replicas).sort(
      (a, b) => compare4(a.account, b.account) || compare4(a.region, b.region) || compare4(a.arn, b.arn)
    ),
    regions: results.flatMap((result) => result.region === void 0 ? [] : [result.region])
  };
}

// core/plan/is-legacy-owner-tag.ts
function isLegacyOwnerTag(owner, repository, tag) {
  let prefix = `${repository}/`;
  if (tag === owner || tag.length > 256 || !tag.startsWith(prefix) || !owner.startsWith(prefix)) return !1;
  let ours = owner.slice(prefix.length).split("/"), theirs = tag.slice(prefix.length).split("/"), start = 0;
  for (; theirs[start] === ".." || theirs[start] === "."; ) start += 1;
  let rest = theirs.slice(start), shorter = Math.min(rest.length, ours.length);
  if (shorter === 0) return !1;
  for (let index = 1; index <= shorter; index += 1)
    if (rest[rest.length - index] !== ours[ours.length - index]) return !1;
  return !0;
}

// adapters/aws/sort-by-ownership.ts
function sortByOwnership({ owner, repository }, scope, discovered, aliases) {
  let claimants = /* @__PURE__ */ new Map();
  for (let key of scope.keys)
    key.adopt === void 0 && (claimants.set(key.name, key.name), key.movedFrom !== void 0 && claimants.set(key.movedFrom, key.name));
  let ownedKeys = [], foreign = [], foreignById = /* @__PURE__ */ new Map();
  for (let key of discovered) {
    let ownership = ownershipOf(key.tags);
    if (ownership === void 0) continue;
    if (ownership.manifest === owner) {
      ownedKeys.push(key);
      continue;
    }
    foreignById.set(key.id, { key, ownership });
    let claimant = ownership.key === void 0 ? void 0 : claimants.get(ownership.key);
    claimant !== void 0 && isLegacyOwnerTag(owner, repository, ownership.manifest) && foreign.push(foreignClaim(claimant, "legacy-path", key, scope, ownership));
  }
  let aliasByName = new Map(aliases.map((alias) => [alias.name, alias]));
  for (let desiredKey of scope.keys)
    for (let aliasName of desiredKey.aliases) {
      let target = aliasByName.get(aliasName)?.targetKeyId, claimed = target === void 0 ? void 0 : foreignById.get(target);
      claimed !== void 0 && foreign.push({
        ...foreignClaim(desiredKey.name, "alias", claimed.key, scope, claimed.ownership),
        alias: aliasName
      });
    }
  return { ownedKeys, foreign, foreignById };
}

// adapters/aws/untargeted-key-of.ts
function untargetedKeyOf(key, ownership, scope, targets, adoptedIds) {
  if (!(targets === void 0 || adoptedIds.has(key.id)) && !(ownership.key !== void 0 && targets.has(ownership.key)))
    return {
      ...ownership.key === void 0 ? {} : { name: ownership.key },
      arn: key.arn,
      id: key.id,
      account: scope.account,
      region: scope.region
    };
}

// adapters/aws/read-scope.ts
async function readScope({ owner, repository }, scope, clients, limit, onProgress, targets) {
  let { kms, call, send } = scopeCaller(clients, scope, limit), [discovery, aliases] = await Promise.all([
    discoverOwnedKeys(scope, clients, kms, limit, call, send),
    listAliasPages(
      kms,
      (operation, target, task) => send(call(operation, target), task),
      scope.region
    )
  ]);
  for (let key of discovery.keys) assertAccount(key.arn, scope, "discovery");
  let sorted = sortByOwnership({ owner, repository }, scope, discovery.keys, aliases), { foreign, foreignById } = sorted, targeted = targets === void 0 ? void 0 : /* @__PURE__ */ new Set([
    ...targets,
    ...scope.keys.flatMap((key) => key.movedFrom === void 0 ? [] : [key.movedFrom])
  ]), adoptIds = new Set(scope.keys.map((key) => KEY_ARN2.exec(key.adopt ?? "")?.[4])), untargeted = [], ownedKeys = [];
  for (let key of sorted.ownedKeys) {
    let ownership = ownershipOf(key.tags), outside = ownership === void 0 ? void 0 : untargetedKeyOf(key, ownership, scope, targeted, adoptIds);
    outside === void 0 ? ownedKeys.push(key) : untargeted.push(outside);
  }
  let discoveredById = new Map(discovery.keys.map((key) => [key.id, key])), adoptTargets = [];
  for (let desiredKey of scope.keys) {
    if (desiredKey.adopt === void 0) continue;
    let id = KEY_ARN2.exec(desiredKey.adopt)?.[4];
    if (id === void 0)
      throw new AwsAccessError(
        `key \`${desiredKey.name}\`: adopt value ${desiredKey.adopt} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>)`
      );
    let known = discoveredById.get(id);
    adoptTargets.push({
      desiredKey,
      arn: desiredKey.adopt,
      id,
      ...known === void 0 ? {} : { known }
    });
    let claimed = foreignById.get(id);
    claimed !== void 0 && foreign.push(foreignClaim(desiredKey.name, "adopt", claimed.key, scope, claimed.ownership));
  }
  let ownedIds = new Set(ownedKeys.map((key) => key.id)), aliasesByKey = /* @__PURE__ */ new Map();
  for (let alias of aliases) {
    if (alias.targetKeyId === void 0) continue;
    let list = aliasesByKey.get(alias.targetKeyId);
    list === void 0 ? aliasesByKey.set(alias.targetKeyId, [alias]) : list.push(alias);
  }
  let progress = {
    account: scope.account,
    region: scope.region,
    read: 0,
    total: ownedKeys.length + adoptTargets.filter((target) => !ownedIds.has(target.id)).length
  };
  onProgress?.({ ...progress });
  let readOne = async (id, tags, targetForErrors) => {
    let key = await readLiveKey({
      kms,
      id,
      tags,
      target: targetForErrors,
      scope,
      aliases: aliasesByKey.get(id) ?? [],
      call,
      send
    });
    return progress.read += 1, onProgress?.({ ...progress }), key;
  }, [owned, adoptedKeys] = await Promise.all([
    Promise.all(ownedKeys.map((key) => readOne(key.id, key.tags, key.arn))),
    Promise.all(
      adoptTargets.map(
        async (target) => (
          // An adopted key that discovery found as owned is read once, with the owned keys.
          ownedIds.has(target.id) ? void 0 : readOne(target.id, target.known?.tags, target.arn)
        )
      )
    )
  ]), ownedLive = owned.filter((key) => key !== void 0), ownedById = new Map(ownedLive.map((key) => [key.id, key])), adopted = adoptTargets.map((target, index) => {
    let key = ownedById.get(target.id) ?? adoptedKeys[index];
    return key === void 0 ? { name: target.desiredKey.name, arn: target.arn, found: !1 } : { name: target.desiredKey.name, arn: target.arn, found: !0, key };
  });
  for (let entry of adopted) {
    if (!entry.found || foreignById.has(entry.key.id)) continue;
    let ownership = entry.key.ownership;
    ownership !== void 0 && ownership.manifest !== owner && foreign.push(
      foreignClaim(
        entry.name,
        "adopt",
        { arn: entry.key.arn, id: entry.key.id, tags: entry.key.tags },
        scope,
        ownership
      )
    );
  }
  return {
    owned: ownedLive,
    adopted,
    foreign,
    untargeted,
    region: {
      account: scope.account,
      region: scope.region,
      discovery: discovery.method,
      ...discovery.note === void 0 ? {} : { discoveryNote: discovery.note },
      aliases
    }
  };
}

// adapters/aws/limit-concurrency.ts
function limitConcurrency(max) {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${String(max)}`);
  let running = 0, cancelled, waiting = /* @__PURE__ */ new Map(), queued = 0, acquire = async (rank2) => {
    if (running < max) {
      running++;
      return;
    }
    await new Promise((resolve) => {
      let queue = waiting.get(rank2);
      queue === void 0 ? waiting.set(rank2, [resolve]) : queue.push(resolve), queued++;
    });
  }, nextWaiter = () => {
    if (queued === 0) return;
    let best, bestRank = 1 / 0;
    for (let [rank2, queue] of waiting)
      queue.length > 0 && (best === void 0 || rank2 < bestRank) && (best = queue, bestRank = rank2);
    return queued--, best?.shift();
  }, release = () => {
    let next = nextWaiter();
    next === void 0 ? running-- : next();
  };
  return {
    run: async (task, _operation, rank2 = 1 / 0) => {
      await acquire(rank2);
      try {
        if (cancelled !== void 0) throw cancelled.reason;
        return await task();
      } finally {
        release();
      }
    },
    cancel: (reason) => {
      cancelled ??= { reason };
    }
  };
}

// adapters/aws/pace-requests.ts
var KMS_REQUEST_QUOTAS = {
  DescribeKey: 2e3,
  GetKeyPolicy: 1e3,
  GetKeyRotationStatus: 1e3,
  ListAliases: 500,
  ListGrants: 100,
  ListKeys: 500,
  ListResourceTags: 2e3
}, HEADROOM = 0.9, RECOVERY_SHARE = 1 / 50;
function burstOf(quota, rate) {
  return Math.max(1, quota - rate);
}
function windowDelay(bucket, at) {
  for (; bucket.first < bucket.sent.length && (bucket.sent[bucket.first] ?? 0) <= at - 1e3; )
    bucket.first += 1;
  return bucket.first > 1024 && bucket.first * 2 > bucket.sent.length && (bucket.sent = bucket.sent.slice(bucket.first), bucket.first = 0), bucket.sent.length - bucket.first < bucket.quota ? 0 : (bucket.sent[bucket.sent.length - bucket.quota] ?? at) + 1e3 - at;
}
function paceRequests(quotas = KMS_REQUEST_QUOTAS, now = () => performance.now(), sleep) {
  let cancelled, sleeping = /* @__PURE__ */ new Set(), wait = sleep ?? ((ms) => new Promise((resolve, reject) => {
    let entry = {
      timer: setTimeout(() => {
        sleeping.delete(entry), resolve();
      }, ms),
      reject
    };
    sleeping.add(entry);
  })), buckets = /* @__PURE__ */ new Map(), bucketOf = (scope, operation) => {
    let quota = quotas[operation];
    if (quota === void 0) return;
    let id = `${scope}
${operation}`, bucket = buckets.get(id);
    if (bucket === void 0) {
      let rate = quota * HEADROOM;
      bucket = { quota, rate, tokens: burstOf(quota, rate), at: now(), sent: [], first: 0 }, buckets.set(id, bucket);
    }
    return bucket;
  };
  return {
    take: async (scope, operation) => {
      if (cancelled !== void 0) throw cancelled.reason;
      let bucket = bucketOf(scope, operation);
      if (bucket === void 0) return 1 / 0;
      let time = now();
      bucket.tokens = Math.min(
        burstOf(bucket.quota, bucket.rate),
        bucket.tokens + (time - bucket.at) / 1e3 * bucket.rate
      ), bucket.at = time, bucket.tokens -= 1;
      let due = time + Math.max(0, -bucket.tokens / bucket.rate * 1e3);
      for (due > time && await wait(due - time); ; ) {
        let at = Math.max(now(), due), delay = windowDelay(bucket, at);
        if (delay <= 0)
          return bucket.sent.push(at), bucket.rate;
        await wait(delay);
      }
    },
    throttled: (scope, operation) => {
      let bucket = bucketOf(scope, operation);
      bucket !== void 0 && (bucket.rate = Math.max(1, bucket.rate / 2), bucket.tokens = Math.min(bucket.tokens, 0));
    },
    succeeded: (scope, operation) => {
      let bucket = bucketOf(scope, operation);
      bucket !== void 0 && (bucket.rate = Math.min(bucket.quota * HEADROOM, bucket.rate + bucket.quota * RECOVERY_SHARE));
    },
    cancel: (reason) => {
      cancelled ??= { reason };
      for (let entry of sleeping)
        clearTimeout(entry.timer), entry.reject(cancelled.reason);
      sleeping.clear();
    }
  };
}

// adapters/aws/schedule-aws-calls.ts
var DEFAULT_ACCOUNT_CONCURRENCY = 20, DEFAULT_TOTAL_CONCURRENCY = 100;
function scheduleAwsCalls(options = {}) {
  let perAccount = options.perAccount ?? DEFAULT_ACCOUNT_CONCURRENCY, overall = limitConcurrency(options.total ?? DEFAULT_TOTAL_CONCURRENCY), pacer = options.pacer ?? paceRequests(), accounts = /* @__PURE__ */ new Map(), watched = /* @__PURE__ */ new WeakSet(), limiterOf = (account) => {
    let limiter = accounts.get(account);
    return limiter === void 0 && (limiter = limitConcurrency(perAccount), accounts.set(account, limiter)), limiter;
  };
  return {
    forScope: (account, region) => {
      let scope = `${account}/${region}`, limiter = limiterOf(account);
      return {
        run: async (task, operation) => {
          let rate = operation === void 0 ? 1 / 0 : await pacer.take(scope, operation);
          return limiter.run(() => overall.run(task, operation, rate), operation, rate);
        },
        cancel: (reason) => {
          limiter.cancel(reason);
        }
      };
    },
    watch: (client, account, region) => {
      if (watched.has(client)) return;
      watched.add(client);
      let scope = `${account}/${region}`;
      client.middlewareStack.add(
        (next, context) => async (args) => {
          let operation = (context.commandName ?? "").replace(/Command$/, "");
          try {
            let output = await next(args);
            return pacer.succeeded(scope, operation), output;
          } catch (error) {
            throw isThrottled(error) && pacer.throttled(scope, operation), error;
          }
        },
        {
          step: "finalizeRequest",
          priority: "low",
          name: "kmsActionPaceOnThrottle",
          override: !0
        }
      );
    },
    cancel: (reason) => {
      pacer.cancel(reason), overall.cancel(reason);
      for (let limiter of accounts.values()) limiter.cancel(reason);
    }
  };
}

// adapters/aws/read-live-state.ts
var DEFAULT_READ_CONCURRENCY = DEFAULT_ACCOUNT_CONCURRENCY;
async function readLiveState(desired, options = {}) {
  let ownClients = options.clients === void 0, clients = options.clients ?? createAwsClients(clientOptions(options)), scheduler = scheduleAwsCalls({
    perAccount: options.concurrency ?? DEFAULT_READ_CONCURRENCY
  }), restore = [];
  try {
    let scopes = groupByScope(desired.keys, desired.formerScopes ?? []), results = await Promise.all(
      scopes.map((scope) => {
        let kms = clients.kms(scope.account, scope.region);
        scheduler.watch(kms, scope.account, scope.region), restore.push(
          cacheMiddlewareWhile(kms),
          retryStandardWhile(kms),
          cacheMiddlewareWhile(clients.tagging(scope.account, scope.region))
        );
        let limit = scheduler.forScope(scope.account, scope.region);
        return readScope(desired, scope, clients, limit, options.onProgress, desired.targets);
      })
    ).catch((error) => {
      throw scheduler.cancel(error), error;
    }), adopted = results.flatMap((result) => result.adopted), replicaRead = await readReplicas({
      keys: desired.keys,
      read: [
        ...results.flatMap((result) => result.owned),
        ...adopted.flatMap((entry) => entry.found ? [entry.key] : [])
      ],
      regions: results.map((result) => result.region),
      clients,
      scheduler
    }).catch((error) => {
      throw scheduler.cancel(error), error;
    }), byScope = (a, b) => compare3(a.account, b.account) || compare3(a.region, b.region) || compare3(a.ownership?.key ?? "", b.ownership?.key ?? "") || compare3(a.arn, b.arn);
    return {
      owner: desired.owner,
      owned: results.flatMap((result) => result.owned).sort(byScope),
      adopted: adopted.sort((a, b) => compare3(a.name, b.name)),
      foreign: results.flatMap((result) => result.foreign).sort((a, b) => compare3(a.name, b.name) || compare3(a.arn, b.arn)),
      regions: [...results.map((result) => result.region), ...replicaRead.regions].sort(
        (a, b) => compare3(a.account, b.account) || compare3(a.region, b.region)
      ),
      ...replicaRead.replicas.length === 0 ? {} : { replicas: replicaRead.replicas },
      ...desired.targets === void 0 ? {} : {
        untargeted: results.flatMap((result) => result.untargeted).sort((a, b) => compare3(a.account, b.account) || compare3(a.arn, b.arn))
      }
    };
  } finally {
    for (let undo of restore) undo();
    ownClients && clients.destroy();
  }
}
function clientOptions(options) {
  return {
    ...options.credentialsFor === void 0 ? {} : { credentialsFor: options.credentialsFor },
    ...options.endpoint === void 0 ? {} : { endpoint: options.endpoint },
    ...options.stats === void 0 ? {} : { stats: options.stats },
    ...options.retryMode === void 0 ? {} : { retryMode: options.retryMode },
    ...options.maxAttempts === void 0 ? {} : { maxAttempts: options.maxAttempts }
  };
}
function groupByScope(keys, former) {
  let scopes = /* @__PURE__ */ new Map();
  for (let key of keys) {
    let id = `${key.account}/${key.region}`, scope = scopes.get(id) ?? { account: key.account, region: key.region, keys: [] };
    scope.keys.push(key), scopes.set(id, scope);
  }
  for (let { account, region } of former) {
    let id = `${account}/${region}`;
    scopes.has(id) || scopes.set(id, { account, region, keys: [] });
  }
  return [...scopes.values()].sort(
    (a, b) => compare3(a.account, b.account) || compare3(a.region, b.region)
  );
}
function compare3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// adapters/aws/prepare-plan.ts
async function prepareAwsPlan(desired, options) {
  let accounts = [
    .../* @__PURE__ */ new Set([
      ...desired.keys.map((key) => key.account),
      ...(desired.formerScopes ?? []).map((scope) => scope.account)
    ])
  ].sort(), checked = await Promise.allSettled(
    accounts.map(
      (account) => checkCallerIdentity(account, options.stsRegion, options.credentialsFor(account))
    )
  ), identities = /* @__PURE__ */ new Map(), declared = new Set(desired.keys.map((key) => key.account));
  for (let [index, result] of checked.entries()) {
    if (result.status === "rejected") {
      let account = accounts[index] ?? "";
      throw declared.has(account) ? result.reason : new AwsAccessError(
        `account ${account} is read because the previous version of this manifest (the base branch's) has keys there, which this change removes or moves: they must be found to be reported as orphans, so the plan needs credentials for ${account} too (${errorMessage(result.reason)}). Keep such a key with \`state: pending_deletion\` until it is deleted, or remove its kms-action tags in AWS to stop managing it`
      );
    }
    identities.set(accounts[index] ?? "", result.value);
  }
  let stats = createApiCallStats(), clients = createAwsClients({ credentialsFor: options.credentialsFor, stats }), applierFor = options.applierFor ?? ((account) => identities.get(account)?.arn);
  try {
    let { live, plan } = await refreshAwsPlan(
      { desired, clients, applierFor },
      options.onProgress
    );
    return { desired, live, plan, clients, stats, identities, applierFor };
  } catch (error) {
    throw clients.destroy(), error;
  }
}
async function refreshAwsPlan(prepared, onProgress) {
  let live = await readLiveState(prepared.desired, {
    clients: prepared.clients,
    ...onProgress === void 0 ? {} : { onProgress }
  }), plan = buildPlan(prepared.desired, live, { applierFor: prepared.applierFor });
  return { live, plan };
}

export {
  createApiCallStats,
  apiCallsByOperation,
  checkCallerIdentity,
  createAwsClients,
  listAliasPages,
  listGrantPages,
  parseKeyPolicyText,
  readKeyPolicyText,
  readKeyRotation,
  liveKeyBasics,
  ownershipOf,
  nextToken,
  readReplicas,
  limitConcurrency,
  scheduleAwsCalls,
  prepareAwsPlan,
  refreshAwsPlan
};
