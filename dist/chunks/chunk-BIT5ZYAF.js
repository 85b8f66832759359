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
  require_dist_cjs,
  require_dist_cjs2,
  require_dist_cjs3,
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
  __toCommonJS
} from "./chunk-BTB2OLG5.js";

// node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-sts/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, setCredentialFeature, stsRegionDefaultResolver } = (init_client2(), __toCommonJS(client_exports2)), { NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin } = (init_dist_es(), __toCommonJS(dist_es_exports)), { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports)), { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports)), { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveParams, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports)), { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports)), { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports)), { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports)), { resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer, AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports)), { SignatureV4MultiRegion } = require_dist_cjs(), { defaultProvider } = require_dist_cjs3(), { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports)), { streamCollector, NodeHttpHandler } = require_dist_cjs2(), { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2)), { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports)), q = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "stringEquals", g = "getAttr", h = "us-east-1", i = "sigv4", j = "sts", k = "https://sts.{Region}.{PartitionResult#dnsSuffix}", l = { [q]: "Endpoint" }, m = { [q]: "Region" }, n = { [q]: d }, o = {}, p = [m], _data = {
      conditions: [
        [c, [l]],
        [c, p],
        ["aws.partition", p, d],
        [e, [{ [q]: "UseFIPS" }, b]],
        [e, [{ [q]: "UseDualStack" }, b]],
        [f, [m, "aws-global"]],
        [e, [{ [q]: "UseGlobalEndpoint" }, b]],
        [f, [m, "eu-central-1"]],
        [e, [{ fn: g, argv: [n, "supportsDualStack"] }, b]],
        [e, [{ fn: g, argv: [n, "supportsFIPS"] }, b]],
        [f, [m, "ap-south-1"]],
        [f, [m, "eu-north-1"]],
        [f, [m, "eu-west-1"]],
        [f, [m, "eu-west-2"]],
        [f, [m, "eu-west-3"]],
        [f, [m, "sa-east-1"]],
        [f, [m, h]],
        [f, [m, "us-east-2"]],
        [f, [m, "us-west-2"]],
        [f, [m, "us-west-1"]],
        [f, [m, "ca-central-1"]],
        [f, [m, "ap-southeast-1"]],
        [f, [m, "ap-northeast-1"]],
        [f, [m, "ap-southeast-2"]],
        [f, [{ fn: g, argv: [n, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        ["https://sts.amazonaws.com", { authSchemes: [{ name: i, signingName: j, signingRegion: h }] }],
        [k, { authSchemes: [{ name: i, signingName: j, signingRegion: "{Region}" }] }],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [l, o],
        ["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sts.{Region}.amazonaws.com", o],
        ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        [k, o],
        [a, "Invalid Configuration: Missing Region"]
      ]
    }, root = 2, r = 1e8, nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      30,
      3,
      1,
      4,
      r + 14,
      2,
      5,
      r + 14,
      3,
      25,
      6,
      4,
      24,
      7,
      5,
      r + 1,
      8,
      6,
      9,
      r + 13,
      7,
      r + 1,
      10,
      10,
      r + 1,
      11,
      11,
      r + 1,
      12,
      12,
      r + 1,
      13,
      13,
      r + 1,
      14,
      14,
      r + 1,
      15,
      15,
      r + 1,
      16,
      16,
      r + 1,
      17,
      17,
      r + 1,
      18,
      18,
      r + 1,
      19,
      19,
      r + 1,
      20,
      20,
      r + 1,
      21,
      21,
      r + 1,
      22,
      22,
      r + 1,
      23,
      23,
      r + 1,
      r + 2,
      8,
      r + 11,
      r + 12,
      4,
      28,
      26,
      9,
      27,
      r + 10,
      24,
      r + 8,
      r + 9,
      8,
      29,
      r + 7,
      9,
      r + 6,
      r + 7,
      3,
      r + 3,
      31,
      4,
      r + 4,
      r + 5
    ]), bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results), cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint"]
    }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
      endpointParams,
      logger: context.logger
    }));
    customEndpointFunctions.aws = awsEndpointFunctions;
    var createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
      if (!input)
        throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
      let defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input), instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!instructionsFn)
        throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
      let endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
      return Object.assign(defaultParameters, endpointParameters);
    }, _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => ({
      operation: getSmithyContext(context).operation,
      region: await normalizeProvider(config.region)() || (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })()
    }), defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "sts",
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
    function createAwsAuthSigv4aHttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4a",
        signingProperties: {
          name: "sts",
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
    function createSmithyApiNoAuthHttpAuthOption(authParameters) {
      return {
        schemeId: "smithy.api#noAuth"
      };
    }
    var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver2, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => (authParameters) => {
      let authSchemes = defaultEndpointResolver2(authParameters).properties?.authSchemes;
      if (!authSchemes)
        return defaultHttpAuthSchemeResolver(authParameters);
      let options = [];
      for (let scheme of authSchemes) {
        let { name: resolvedName, properties = {}, ...rest } = scheme, name = resolvedName.toLowerCase();
        resolvedName !== name && console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
        let schemeId;
        if (name === "sigv4a") {
          schemeId = "aws.auth#sigv4a";
          let sigv4Present = authSchemes.find((s) => {
            let name2 = s.name.toLowerCase();
            return name2 !== "sigv4a" && name2.startsWith("sigv4");
          });
          if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present)
            continue;
        } else if (name.startsWith("sigv4"))
          schemeId = "aws.auth#sigv4";
        else
          throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
        let createOption = createHttpAuthOptionFunctions[schemeId];
        if (!createOption)
          throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
        let option = createOption(authParameters);
        option.schemeId = schemeId, option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties }, options.push(option);
      }
      return options;
    }, _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
      let options = [];
      switch (authParameters.operation) {
        case "AssumeRoleWithSAML": {
          options.push(createSmithyApiNoAuthHttpAuthOption()), options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
          break;
        }
        case "AssumeRoleWithWebIdentity": {
          options.push(createSmithyApiNoAuthHttpAuthOption()), options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
          break;
        }
        default:
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters)), options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
      }
      return options;
    }, defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSTSHttpAuthSchemeProvider, {
      "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
      "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
      "smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
    }), resolveHttpAuthSchemeConfig = (config) => {
      let config_0 = resolveAwsSdkSigV4Config(config), config_1 = resolveAwsSdkSigV4AConfig(config_0);
      return Object.assign(config_1, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    }, resolveClientEndpointParameters = (options) => Object.assign(options, {
      useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
      useFipsEndpoint: options.useFipsEndpoint ?? !1,
      useGlobalEndpoint: options.useGlobalEndpoint ?? !1,
      defaultSigningName: "sts"
    }), commonParams = {
      UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    }, version = "3.1176.0", packageInfo = {
      version
    }, STSServiceException = class _STSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(options) {
        super(options), Object.setPrototypeOf(this, _STSServiceException.prototype);
      }
    }, ExpiredTokenException = class _ExpiredTokenException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#ExpiredTokenException";
      name = "ExpiredTokenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExpiredTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ExpiredTokenException.prototype);
      }
    }, InvalidContextAssertionException = class _InvalidContextAssertionException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#InvalidContextAssertionException";
      name = "InvalidContextAssertionException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidContextAssertionException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidContextAssertionException.prototype);
      }
    }, MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
      name = "MalformedPolicyDocumentException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
      }
    }, PackedPolicyTooLargeException = class _PackedPolicyTooLargeException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
      name = "PackedPolicyTooLargeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PackedPolicyTooLargeException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _PackedPolicyTooLargeException.prototype);
      }
    }, RegionDisabledException = class _RegionDisabledException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#RegionDisabledException";
      name = "RegionDisabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RegionDisabledException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _RegionDisabledException.prototype);
      }
    }, IDPRejectedClaimException = class _IDPRejectedClaimException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
      name = "IDPRejectedClaimException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IDPRejectedClaimException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IDPRejectedClaimException.prototype);
      }
    }, InvalidIdentityTokenException = class _InvalidIdentityTokenException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
      name = "InvalidIdentityTokenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidIdentityTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidIdentityTokenException.prototype);
      }
    }, IDPCommunicationErrorException = class _IDPCommunicationErrorException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
      name = "IDPCommunicationErrorException";
      $fault = "client";
      $retryable = {};
      constructor(opts) {
        super({
          name: "IDPCommunicationErrorException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _IDPCommunicationErrorException.prototype);
      }
    }, InvalidAuthorizationMessageException = class _InvalidAuthorizationMessageException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#InvalidAuthorizationMessageException";
      name = "InvalidAuthorizationMessageException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidAuthorizationMessageException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidAuthorizationMessageException.prototype);
      }
    }, ExpiredTradeInTokenException = class _ExpiredTradeInTokenException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#ExpiredTradeInTokenException";
      name = "ExpiredTradeInTokenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExpiredTradeInTokenException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _ExpiredTradeInTokenException.prototype);
      }
    }, InsufficientSessionLifetimeException = class _InsufficientSessionLifetimeException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#InsufficientSessionLifetimeException";
      name = "InsufficientSessionLifetimeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InsufficientSessionLifetimeException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InsufficientSessionLifetimeException.prototype);
      }
    }, InvalidSubjectCredentialsException = class _InvalidSubjectCredentialsException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#InvalidSubjectCredentialsException";
      name = "InvalidSubjectCredentialsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidSubjectCredentialsException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _InvalidSubjectCredentialsException.prototype);
      }
    }, JWTPayloadSizeExceededException = class _JWTPayloadSizeExceededException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#JWTPayloadSizeExceededException";
      name = "JWTPayloadSizeExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "JWTPayloadSizeExceededException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _JWTPayloadSizeExceededException.prototype);
      }
    }, OutboundWebIdentityFederationDisabledException = class _OutboundWebIdentityFederationDisabledException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";
      name = "OutboundWebIdentityFederationDisabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OutboundWebIdentityFederationDisabledException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _OutboundWebIdentityFederationDisabledException.prototype);
      }
    }, SessionDurationEscalationException = class _SessionDurationEscalationException extends STSServiceException {
      static shapeId = "com.amazonaws.sts#SessionDurationEscalationException";
      name = "SessionDurationEscalationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SessionDurationEscalationException",
          $fault: "client",
          ...opts
        }), Object.setPrototypeOf(this, _SessionDurationEscalationException.prototype);
      }
    }, _A = "Arn", _AKI = "AccessKeyId", _AP = "AssumedPrincipal", _AR = "AssumeRole", _ARI = "AssumedRoleId", _ARR = "AssumeRoleRequest", _ARRs = "AssumeRoleResponse", _ARRss = "AssumeRootRequest", _ARRssu = "AssumeRootResponse", _ARU = "AssumedRoleUser", _ARWSAML = "AssumeRoleWithSAML", _ARWSAMLR = "AssumeRoleWithSAMLRequest", _ARWSAMLRs = "AssumeRoleWithSAMLResponse", _ARWWI = "AssumeRoleWithWebIdentity", _ARWWIR = "AssumeRoleWithWebIdentityRequest", _ARWWIRs = "AssumeRoleWithWebIdentityResponse", _ARs = "AssumeRoot", _Ac = "Account", _Au = "Audience", _C = "Credentials", _CA = "ContextAssertion", _DAM = "DecodeAuthorizationMessage", _DAMR = "DecodeAuthorizationMessageRequest", _DAMRe = "DecodeAuthorizationMessageResponse", _DM = "DecodedMessage", _DS = "DurationSeconds", _E = "Expiration", _EI = "ExternalId", _EM = "EncodedMessage", _ETE = "ExpiredTokenException", _ETITE = "ExpiredTradeInTokenException", _FPA = "FederatedProviderArn", _FU = "FederatedUser", _FUI = "FederatedUserId", _GAKI = "GetAccessKeyInfo", _GAKIR = "GetAccessKeyInfoRequest", _GAKIRe = "GetAccessKeyInfoResponse", _GCI = "GetCallerIdentity", _GCIR = "GetCallerIdentityRequest", _GCIRe = "GetCallerIdentityResponse", _GDAT = "GetDelegatedAccessToken", _GDATR = "GetDelegatedAccessTokenRequest", _GDATRe = "GetDelegatedAccessTokenResponse", _GFT = "GetFederationToken", _GFTR = "GetFederationTokenRequest", _GFTRe = "GetFederationTokenResponse", _GSC = "GetScopedCredentials", _GSCR = "GetScopedCredentialsRequest", _GSCRe = "GetScopedCredentialsResponse", _GST = "GetSessionToken", _GSTR = "GetSessionTokenRequest", _GSTRe = "GetSessionTokenResponse", _GWIT = "GetWebIdentityToken", _GWITR = "GetWebIdentityTokenRequest", _GWITRe = "GetWebIdentityTokenResponse", _I = "Issuer", _IAME = "InvalidAuthorizationMessageException", _ICAE = "InvalidContextAssertionException", _IDPCEE = "IDPCommunicationErrorException", _IDPRCE = "IDPRejectedClaimException", _IITE = "InvalidIdentityTokenException", _IP = "IdentityProvider", _ISCE = "InvalidSubjectCredentialsException", _ISLE = "InsufficientSessionLifetimeException", _JWTPSEE = "JWTPayloadSizeExceededException", _K = "Key", _MPDE = "MalformedPolicyDocumentException", _MSTS = "MinimumSessionTokenSize", _N = "Name", _NQ = "NameQualifier", _OI = "OriginIdentity", _OWIFDE = "OutboundWebIdentityFederationDisabledException", _P = "Policy", _PA = "PolicyArns", _PAr = "PrincipalArn", _PAro = "ProviderArn", _PC = "ProvidedContexts", _PCLT = "ProvidedContextsListType", _PCr = "ProvidedContext", _PDT = "PolicyDescriptorType", _PI = "ProviderId", _PPS = "PackedPolicySize", _PPTLE = "PackedPolicyTooLargeException", _Pr = "Provider", _RA = "RoleArn", _RDE = "RegionDisabledException", _RSN = "RoleSessionName", _S = "Subject", _SA = "SigningAlgorithm", _SAK = "SecretAccessKey", _SAMLA = "SAMLAssertion", _SAMLAT = "SAMLAssertionType", _SDEE = "SessionDurationEscalationException", _SFWIT = "SubjectFromWebIdentityToken", _SI = "SourceIdentity", _SIe = "SessionInfo", _SM = "SubjectMode", _SN = "SerialNumber", _SPC = "ScopedPoliciesCount", _SS = "ScopedSession", _SSD = "ScopedSessionDescription", _SSI = "ScopedSessionId", _ST = "SubjectType", _STS = "SessionTokenSize", _STU = "SessionTokenUtilization", _STe = "SessionToken", _Sc = "Scope", _T = "Tags", _TC = "TokenCode", _TCr = "TransactionContext", _TIPC = "TrustedIdentityPropagationContext", _TIT = "TradeInToken", _TP = "TargetPrincipal", _TPA = "TaskPolicyArn", _TTK = "TransitiveTagKeys", _Ta = "Tag", _UI = "UserId", _V = "Value", _WIT = "WebIdentityToken", _a = "arn", _aKST = "accessKeySecretType", _aQE = "awsQueryError", _c = "client", _cTT = "clientTokenType", _e = "error", _hE = "httpError", _m = "message", _oIIT = "originIdentityIssuerType", _oIST = "originIdentitySubjectType", _oISTT = "originIdentitySubjectTypeType", _pDLT = "policyDescriptorListType", _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts", _tCIPMT = "transactionContextIdentityProviderMapType", _tCVT = "transactionContextValueType", _tITT = "tradeInTokenType", _tLT = "tagListType", _wITT = "webIdentityTokenType", n0 = "com.amazonaws.sts", _s_registry = new TypeRegistry(_s), STSServiceException$ = [-3, _s, "STSServiceException", 0, [], []];
    _s_registry.registerError(STSServiceException$, STSServiceException);
    var n0_registry = new TypeRegistry(n0), ExpiredTokenException$ = [
      -3,
      n0,
      _ETE,
      { [_aQE]: ["ExpiredTokenException", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
    var ExpiredTradeInTokenException$ = [
      -3,
      n0,
      _ETITE,
      { [_aQE]: ["ExpiredTradeInTokenException", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExpiredTradeInTokenException$, ExpiredTradeInTokenException);
    var IDPCommunicationErrorException$ = [
      -3,
      n0,
      _IDPCEE,
      { [_aQE]: ["IDPCommunicationError", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
    var IDPRejectedClaimException$ = [
      -3,
      n0,
      _IDPRCE,
      { [_aQE]: ["IDPRejectedClaim", 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
    var InsufficientSessionLifetimeException$ = [
      -3,
      n0,
      _ISLE,
      { [_aQE]: ["InsufficientSessionLifetime", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientSessionLifetimeException$, InsufficientSessionLifetimeException);
    var InvalidAuthorizationMessageException$ = [
      -3,
      n0,
      _IAME,
      { [_aQE]: ["InvalidAuthorizationMessageException", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidAuthorizationMessageException$, InvalidAuthorizationMessageException);
    var InvalidContextAssertionException$ = [
      -3,
      n0,
      _ICAE,
      { [_aQE]: ["InvalidContextAssertion", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidContextAssertionException$, InvalidContextAssertionException);
    var InvalidIdentityTokenException$ = [
      -3,
      n0,
      _IITE,
      { [_aQE]: ["InvalidIdentityToken", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
    var InvalidSubjectCredentialsException$ = [
      -3,
      n0,
      _ISCE,
      { [_aQE]: ["InvalidSubjectCredentials", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSubjectCredentialsException$, InvalidSubjectCredentialsException);
    var JWTPayloadSizeExceededException$ = [
      -3,
      n0,
      _JWTPSEE,
      { [_aQE]: ["JWTPayloadSizeExceededException", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(JWTPayloadSizeExceededException$, JWTPayloadSizeExceededException);
    var MalformedPolicyDocumentException$ = [
      -3,
      n0,
      _MPDE,
      { [_aQE]: ["MalformedPolicyDocument", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var OutboundWebIdentityFederationDisabledException$ = [
      -3,
      n0,
      _OWIFDE,
      { [_aQE]: ["OutboundWebIdentityFederationDisabledException", 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OutboundWebIdentityFederationDisabledException$, OutboundWebIdentityFederationDisabledException);
    var PackedPolicyTooLargeException$ = [
      -3,
      n0,
      _PPTLE,
      { [_aQE]: ["PackedPolicyTooLarge", 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
    var RegionDisabledException$ = [
      -3,
      n0,
      _RDE,
      { [_aQE]: ["RegionDisabledException", 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
    var SessionDurationEscalationException$ = [
      -3,
      n0,
      _SDEE,
      { [_aQE]: ["SessionDurationEscalationException", 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SessionDurationEscalationException$, SessionDurationEscalationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ], accessKeySecretType = [0, n0, _aKST, 8, 0], clientTokenType = [0, n0, _cTT, 8, 0], originIdentityIssuerType = [0, n0, _oIIT, 8, 0], originIdentitySubjectType = [0, n0, _oIST, 8, 0], originIdentitySubjectTypeType = [0, n0, _oISTT, 8, 0], SAMLAssertionType = [0, n0, _SAMLAT, 8, 0], tradeInTokenType = [0, n0, _tITT, 8, 0], transactionContextValueType = [0, n0, _tCVT, 8, 0], webIdentityTokenType = [0, n0, _wITT, 8, 0], AssumedRoleUser$ = [
      3,
      n0,
      _ARU,
      0,
      [_ARI, _A],
      [0, 0],
      2
    ], AssumeRoleRequest$ = [
      3,
      n0,
      _ARR,
      0,
      [_RA, _RSN, _PA, _P, _DS, _T, _TTK, _EI, _SN, _TC, _SI, _PC, _MSTS],
      [0, 0, () => policyDescriptorListType, 0, 1, () => tagListType, 64, 0, 0, 0, 0, () => ProvidedContextsListType, 1],
      2
    ], AssumeRoleResponse$ = [
      3,
      n0,
      _ARRs,
      0,
      [_C, _ARU, _PPS, _SI, _STU, _STS],
      [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 1, 1]
    ], AssumeRoleWithSAMLRequest$ = [
      3,
      n0,
      _ARWSAMLR,
      0,
      [_RA, _PAr, _SAMLA, _PA, _P, _DS, _MSTS],
      [0, 0, [() => SAMLAssertionType, 0], () => policyDescriptorListType, 0, 1, 1],
      3
    ], AssumeRoleWithSAMLResponse$ = [
      3,
      n0,
      _ARWSAMLRs,
      0,
      [_C, _ARU, _PPS, _S, _ST, _I, _Au, _NQ, _SI, _STU, _STS, _TIPC],
      [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 0, 0, 0, 0, 0, 1, 1, [() => TrustedIdentityPropagationContext$, 0]]
    ], AssumeRoleWithWebIdentityRequest$ = [
      3,
      n0,
      _ARWWIR,
      0,
      [_RA, _RSN, _WIT, _PI, _PA, _P, _DS, _MSTS],
      [0, 0, [() => clientTokenType, 0], 0, () => policyDescriptorListType, 0, 1, 1],
      3
    ], AssumeRoleWithWebIdentityResponse$ = [
      3,
      n0,
      _ARWWIRs,
      0,
      [_C, _SFWIT, _ARU, _PPS, _Pr, _Au, _SI, _STU, _STS, _TIPC],
      [[() => Credentials$, 0], 0, () => AssumedRoleUser$, 1, 0, 0, 0, 1, 1, [() => TrustedIdentityPropagationContext$, 0]]
    ], AssumeRootRequest$ = [
      3,
      n0,
      _ARRss,
      0,
      [_TP, _TPA, _DS, _MSTS],
      [0, () => PolicyDescriptorType$, 1, 1],
      2
    ], AssumeRootResponse$ = [
      3,
      n0,
      _ARRssu,
      0,
      [_C, _SI, _STU, _STS],
      [[() => Credentials$, 0], 0, 1, 1]
    ], Credentials$ = [
      3,
      n0,
      _C,
      0,
      [_AKI, _SAK, _STe, _E],
      [0, [() => accessKeySecretType, 0], 0, 4],
      4
    ], DecodeAuthorizationMessageRequest$ = [
      3,
      n0,
      _DAMR,
      0,
      [_EM],
      [0],
      1
    ], DecodeAuthorizationMessageResponse$ = [
      3,
      n0,
      _DAMRe,
      0,
      [_DM],
      [0]
    ], FederatedUser$ = [
      3,
      n0,
      _FU,
      0,
      [_FUI, _A],
      [0, 0],
      2
    ], GetAccessKeyInfoRequest$ = [
      3,
      n0,
      _GAKIR,
      0,
      [_AKI],
      [0],
      1
    ], GetAccessKeyInfoResponse$ = [
      3,
      n0,
      _GAKIRe,
      0,
      [_Ac],
      [0]
    ], GetCallerIdentityRequest$ = [
      3,
      n0,
      _GCIR,
      0,
      [],
      []
    ], GetCallerIdentityResponse$ = [
      3,
      n0,
      _GCIRe,
      0,
      [_UI, _Ac, _A],
      [0, 0, 0]
    ], GetDelegatedAccessTokenRequest$ = [
      3,
      n0,
      _GDATR,
      0,
      [_TIT],
      [[() => tradeInTokenType, 0]],
      1
    ], GetDelegatedAccessTokenResponse$ = [
      3,
      n0,
      _GDATRe,
      0,
      [_C, _PPS, _AP],
      [[() => Credentials$, 0], 1, 0]
    ], GetFederationTokenRequest$ = [
      3,
      n0,
      _GFTR,
      0,
      [_N, _P, _PA, _DS, _T, _MSTS],
      [0, 0, () => policyDescriptorListType, 1, () => tagListType, 1],
      1
    ], GetFederationTokenResponse$ = [
      3,
      n0,
      _GFTRe,
      0,
      [_C, _FU, _PPS, _STU, _STS],
      [[() => Credentials$, 0], () => FederatedUser$, 1, 1, 1]
    ], GetScopedCredentialsRequest$ = [
      3,
      n0,
      _GSCR,
      0,
      [_P, _DS, _MSTS, _SSD],
      [0, 1, 1, 0]
    ], GetScopedCredentialsResponse$ = [
      3,
      n0,
      _GSCRe,
      0,
      [_C, _SIe, _STU, _STS, _SPC, _SI],
      [[() => Credentials$, 0], () => ScopedSession$, 1, 1, 1, 0]
    ], GetSessionTokenRequest$ = [
      3,
      n0,
      _GSTR,
      0,
      [_DS, _SN, _TC, _MSTS],
      [1, 0, 0, 1]
    ], GetSessionTokenResponse$ = [
      3,
      n0,
      _GSTRe,
      0,
      [_C, _STU, _STS],
      [[() => Credentials$, 0], 1, 1]
    ], GetWebIdentityTokenRequest$ = [
      3,
      n0,
      _GWITR,
      0,
      [_Au, _SA, _DS, _Sc, _SM, _T],
      [64, 0, 1, 0, 0, () => tagListType],
      2
    ], GetWebIdentityTokenResponse$ = [
      3,
      n0,
      _GWITRe,
      0,
      [_WIT, _E],
      [[() => webIdentityTokenType, 0], 4]
    ], OriginIdentity$ = [
      3,
      n0,
      _OI,
      0,
      [_S, _ST, _I, _FPA],
      [[() => originIdentitySubjectType, 0], [() => originIdentitySubjectTypeType, 0], [() => originIdentityIssuerType, 0], 0]
    ], PolicyDescriptorType$ = [
      3,
      n0,
      _PDT,
      0,
      [_a],
      [0]
    ], ProvidedContext$ = [
      3,
      n0,
      _PCr,
      0,
      [_PAro, _CA],
      [0, 0]
    ], ScopedSession$ = [
      3,
      n0,
      _SS,
      0,
      [_SSI, _A],
      [0, 0],
      2
    ], Tag$ = [
      3,
      n0,
      _Ta,
      0,
      [_K, _V],
      [0, 0],
      2
    ], TransactionContext$ = [
      3,
      n0,
      _TCr,
      0,
      [_IP],
      [[() => transactionContextIdentityProviderMapType, 0]]
    ], TrustedIdentityPropagationContext$ = [
      3,
      n0,
      _TIPC,
      8,
      [_OI, _TCr],
      [[() => OriginIdentity$, 0], [() => TransactionContext$, 0]]
    ], policyDescriptorListType = [
      1,
      n0,
      _pDLT,
      0,
      () => PolicyDescriptorType$
    ], ProvidedContextsListType = [
      1,
      n0,
      _PCLT,
      0,
      () => ProvidedContext$
    ], tagListType = [
      1,
      n0,
      _tLT,
      0,
      () => Tag$
    ], transactionContextIdentityProviderMapType = [
      2,
      n0,
      _tCIPMT,
      0,
      [
        0,
        0
      ],
      [
        () => transactionContextValueType,
        0
      ]
    ], AssumeRole$ = [
      9,
      n0,
      _AR,
      0,
      () => AssumeRoleRequest$,
      () => AssumeRoleResponse$
    ], AssumeRoleWithSAML$ = [
      9,
      n0,
      _ARWSAML,
      0,
      () => AssumeRoleWithSAMLRequest$,
      () => AssumeRoleWithSAMLResponse$
    ], AssumeRoleWithWebIdentity$ = [
      9,
      n0,
      _ARWWI,
      0,
      () => AssumeRoleWithWebIdentityRequest$,
      () => AssumeRoleWithWebIdentityResponse$
    ], AssumeRoot$ = [
      9,
      n0,
      _ARs,
      0,
      () => AssumeRootRequest$,
      () => AssumeRootResponse$
    ], DecodeAuthorizationMessage$ = [
      9,
      n0,
      _DAM,
      0,
      () => DecodeAuthorizationMessageRequest$,
      () => DecodeAuthorizationMessageResponse$
    ], GetAccessKeyInfo$ = [
      9,
      n0,
      _GAKI,
      0,
      () => GetAccessKeyInfoRequest$,
      () => GetAccessKeyInfoResponse$
    ], GetCallerIdentity$ = [
      9,
      n0,
      _GCI,
      0,
      () => GetCallerIdentityRequest$,
      () => GetCallerIdentityResponse$
    ], GetDelegatedAccessToken$ = [
      9,
      n0,
      _GDAT,
      0,
      () => GetDelegatedAccessTokenRequest$,
      () => GetDelegatedAccessTokenResponse$
    ], GetFederationToken$ = [
      9,
      n0,
      _GFT,
      0,
      () => GetFederationTokenRequest$,
      () => GetFederationTokenResponse$
    ], GetScopedCredentials$ = [
      9,
      n0,
      _GSC,
      0,
      () => GetScopedCredentialsRequest$,
      () => GetScopedCredentialsResponse$
    ], GetSessionToken$ = [
      9,
      n0,
      _GST,
      0,
      () => GetSessionTokenRequest$,
      () => GetSessionTokenResponse$
    ], GetWebIdentityToken$ = [
      9,
      n0,
      _GWIT,
      0,
      () => GetWebIdentityTokenRequest$,
      () => GetWebIdentityTokenResponse$
    ], getRuntimeConfig$1 = (config) => ({
      apiVersion: "2011-06-15",
      base64Decoder: config?.base64Decoder ?? fromBase64,
      base64Encoder: config?.base64Encoder ?? toBase64,
      disableHostPrefix: config?.disableHostPrefix ?? !1,
      endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
      extensions: config?.extensions ?? [],
      httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
      httpAuthSchemes: config?.httpAuthSchemes ?? [
        {
          schemeId: "aws.auth#sigv4",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
          signer: new AwsSdkSigV4Signer()
        },
        {
          schemeId: "aws.auth#sigv4a",
          identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
          signer: new AwsSdkSigV4ASigner()
        },
        {
          schemeId: "smithy.api#noAuth",
          identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
          signer: new NoAuthSigner()
        }
      ],
      logger: config?.logger ?? new NoOpLogger(),
      protocol: config?.protocol ?? AwsQueryProtocol,
      protocolSettings: config?.protocolSettings ?? {
        defaultNamespace: "com.amazonaws.sts",
        errorTypeRegistries,
        xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
        version: "2011-06-15",
        serviceTarget: "AWSSecurityTokenServiceV20110615"
      },
      serviceId: config?.serviceId ?? "STS",
      sha256: config?.sha256 ?? Sha256,
      signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
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
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await defaultProvider(idProps?.__config || {})()),
            signer: new AwsSdkSigV4Signer()
          },
          {
            schemeId: "aws.auth#sigv4a",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
            signer: new AwsSdkSigV4ASigner()
          },
          {
            schemeId: "smithy.api#noAuth",
            identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
            signer: new NoAuthSigner()
          }
        ],
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
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
    }, STSClient = class extends Client {
      config;
      constructor(...[configuration]) {
        let _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0), this.initConfig = _config_0;
        let _config_1 = resolveClientEndpointParameters(_config_0), _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_6 = resolveEndpointConfig(_config_5), _config_7 = resolveHttpAuthSchemeConfig(_config_6), _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials,
            "aws.auth#sigv4a": config.credentials
          })
        })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    }, command = makeBuilder(commonParams, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o2) => [], AssumeRoleCommand = class extends command(_ep0, _mw0, "AssumeRole", AssumeRole$) {
    }, AssumeRoleWithSAMLCommand = class extends command(_ep0, _mw0, "AssumeRoleWithSAML", AssumeRoleWithSAML$) {
    }, AssumeRoleWithWebIdentityCommand = class extends command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$) {
    }, AssumeRootCommand = class extends command(_ep0, _mw0, "AssumeRoot", AssumeRoot$) {
    }, DecodeAuthorizationMessageCommand = class extends command(_ep0, _mw0, "DecodeAuthorizationMessage", DecodeAuthorizationMessage$) {
    }, GetAccessKeyInfoCommand = class extends command(_ep0, _mw0, "GetAccessKeyInfo", GetAccessKeyInfo$) {
    }, GetCallerIdentityCommand = class extends command(_ep0, _mw0, "GetCallerIdentity", GetCallerIdentity$) {
    }, GetDelegatedAccessTokenCommand = class extends command(_ep0, _mw0, "GetDelegatedAccessToken", GetDelegatedAccessToken$) {
    }, GetFederationTokenCommand = class extends command(_ep0, _mw0, "GetFederationToken", GetFederationToken$) {
    }, GetScopedCredentialsCommand = class extends command(_ep0, _mw0, "GetScopedCredentials", GetScopedCredentials$) {
    }, GetSessionTokenCommand = class extends command(_ep0, _mw0, "GetSessionToken", GetSessionToken$) {
    }, GetWebIdentityTokenCommand = class extends command(_ep0, _mw0, "GetWebIdentityToken", GetWebIdentityToken$) {
    }, commands = {
      AssumeRoleCommand,
      AssumeRoleWithSAMLCommand,
      AssumeRoleWithWebIdentityCommand,
      AssumeRootCommand,
      DecodeAuthorizationMessageCommand,
      GetAccessKeyInfoCommand,
      GetCallerIdentityCommand,
      GetDelegatedAccessTokenCommand,
      GetFederationTokenCommand,
      GetScopedCredentialsCommand,
      GetSessionTokenCommand,
      GetWebIdentityTokenCommand
    }, STS = class extends STSClient {
    };
    createAggregatedClient(commands, STS);
    var WebIdentityTokenSubjectModeType = {
      AWS_IDENTITY: "AWSIdentity",
      ORIGIN_IDENTITY: "OriginIdentity"
    }, getAccountIdFromAssumedRoleUser = (assumedRoleUser) => {
      if (typeof assumedRoleUser?.Arn == "string") {
        let arnComponents = assumedRoleUser.Arn.split(":");
        if (arnComponents.length > 4 && arnComponents[4] !== "")
          return arnComponents[4];
      }
    }, resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
      let region = typeof _region == "function" ? await _region() : _region, parentRegion = typeof _parentRegion == "function" ? await _parentRegion() : _parentRegion, stsDefaultRegion = "", resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
      return credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`), resolvedRegion;
    }, getDefaultRoleAssumer$1 = (stsOptions, STSClient2) => {
      let stsClient, closureSourceCreds;
      return async (sourceCreds, params) => {
        if (closureSourceCreds = sourceCreds, !stsClient) {
          let { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions, resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger,
            profile
          }), isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient2({
            ...stsOptions,
            userAgentAppId,
            profile,
            credentialDefaultProvider: () => async () => closureSourceCreds,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger
          });
        }
        let { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey)
          throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
        let accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser), credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
          ...accountId && { accountId }
        };
        return setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i"), credentials;
      };
    }, getDefaultRoleAssumerWithWebIdentity$1 = (stsOptions, STSClient2) => {
      let stsClient;
      return async (params) => {
        if (!stsClient) {
          let { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions, resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger,
            profile
          }), isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient2({
            ...stsOptions,
            userAgentAppId,
            profile,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger
          });
        }
        let { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey)
          throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
        let accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser), credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
          ...accountId && { accountId }
        };
        return accountId && setCredentialFeature(credentials, "RESOLVED_ACCOUNT_ID", "T"), setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k"), credentials;
      };
    }, isH2 = (requestHandler) => requestHandler?.metadata?.handlerProtocol === "h2", getCustomizableStsClientCtor = (baseCtor, customizations) => customizations ? class extends baseCtor {
      constructor(config) {
        super(config);
        for (let customization of customizations)
          this.middlewareStack.use(customization);
      }
    } : baseCtor, getDefaultRoleAssumer = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumer$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins)), getDefaultRoleAssumerWithWebIdentity = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumerWithWebIdentity$1(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins)), decorateDefaultCredentialProvider = (provider) => (input) => provider({
      roleAssumer: getDefaultRoleAssumer(input),
      roleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity(input),
      ...input
    });
    exports.AssumeRole$ = AssumeRole$;
    exports.AssumeRoleCommand = AssumeRoleCommand;
    exports.AssumeRoleRequest$ = AssumeRoleRequest$;
    exports.AssumeRoleResponse$ = AssumeRoleResponse$;
    exports.AssumeRoleWithSAML$ = AssumeRoleWithSAML$;
    exports.AssumeRoleWithSAMLCommand = AssumeRoleWithSAMLCommand;
    exports.AssumeRoleWithSAMLRequest$ = AssumeRoleWithSAMLRequest$;
    exports.AssumeRoleWithSAMLResponse$ = AssumeRoleWithSAMLResponse$;
    exports.AssumeRoleWithWebIdentity$ = AssumeRoleWithWebIdentity$;
    exports.AssumeRoleWithWebIdentityCommand = AssumeRoleWithWebIdentityCommand;
    exports.AssumeRoleWithWebIdentityRequest$ = AssumeRoleWithWebIdentityRequest$;
    exports.AssumeRoleWithWebIdentityResponse$ = AssumeRoleWithWebIdentityResponse$;
    exports.AssumeRoot$ = AssumeRoot$;
    exports.AssumeRootCommand = AssumeRootCommand;
    exports.AssumeRootRequest$ = AssumeRootRequest$;
    exports.AssumeRootResponse$ = AssumeRootResponse$;
    exports.AssumedRoleUser$ = AssumedRoleUser$;
    exports.Credentials$ = Credentials$;
    exports.DecodeAuthorizationMessage$ = DecodeAuthorizationMessage$;
    exports.DecodeAuthorizationMessageCommand = DecodeAuthorizationMessageCommand;
    exports.DecodeAuthorizationMessageRequest$ = DecodeAuthorizationMessageRequest$;
    exports.DecodeAuthorizationMessageResponse$ = DecodeAuthorizationMessageResponse$;
    exports.ExpiredTokenException = ExpiredTokenException;
    exports.ExpiredTokenException$ = ExpiredTokenException$;
    exports.ExpiredTradeInTokenException = ExpiredTradeInTokenException;
    exports.ExpiredTradeInTokenException$ = ExpiredTradeInTokenException$;
    exports.FederatedUser$ = FederatedUser$;
    exports.GetAccessKeyInfo$ = GetAccessKeyInfo$;
    exports.GetAccessKeyInfoCommand = GetAccessKeyInfoCommand;
    exports.GetAccessKeyInfoRequest$ = GetAccessKeyInfoRequest$;
    exports.GetAccessKeyInfoResponse$ = GetAccessKeyInfoResponse$;
    exports.GetCallerIdentity$ = GetCallerIdentity$;
    exports.GetCallerIdentityCommand = GetCallerIdentityCommand;
    exports.GetCallerIdentityRequest$ = GetCallerIdentityRequest$;
    exports.GetCallerIdentityResponse$ = GetCallerIdentityResponse$;
    exports.GetDelegatedAccessToken$ = GetDelegatedAccessToken$;
    exports.GetDelegatedAccessTokenCommand = GetDelegatedAccessTokenCommand;
    exports.GetDelegatedAccessTokenRequest$ = GetDelegatedAccessTokenRequest$;
    exports.GetDelegatedAccessTokenResponse$ = GetDelegatedAccessTokenResponse$;
    exports.GetFederationToken$ = GetFederationToken$;
    exports.GetFederationTokenCommand = GetFederationTokenCommand;
    exports.GetFederationTokenRequest$ = GetFederationTokenRequest$;
    exports.GetFederationTokenResponse$ = GetFederationTokenResponse$;
    exports.GetScopedCredentials$ = GetScopedCredentials$;
    exports.GetScopedCredentialsCommand = GetScopedCredentialsCommand;
    exports.GetScopedCredentialsRequest$ = GetScopedCredentialsRequest$;
    exports.GetScopedCredentialsResponse$ = GetScopedCredentialsResponse$;
    exports.GetSessionToken$ = GetSessionToken$;
    exports.GetSessionTokenCommand = GetSessionTokenCommand;
    exports.GetSessionTokenRequest$ = GetSessionTokenRequest$;
    exports.GetSessionTokenResponse$ = GetSessionTokenResponse$;
    exports.GetWebIdentityToken$ = GetWebIdentityToken$;
    exports.GetWebIdentityTokenCommand = GetWebIdentityTokenCommand;
    exports.GetWebIdentityTokenRequest$ = GetWebIdentityTokenRequest$;
    exports.GetWebIdentityTokenResponse$ = GetWebIdentityTokenResponse$;
    exports.IDPCommunicationErrorException = IDPCommunicationErrorException;
    exports.IDPCommunicationErrorException$ = IDPCommunicationErrorException$;
    exports.IDPRejectedClaimException = IDPRejectedClaimException;
    exports.IDPRejectedClaimException$ = IDPRejectedClaimException$;
    exports.InsufficientSessionLifetimeException = InsufficientSessionLifetimeException;
    exports.InsufficientSessionLifetimeException$ = InsufficientSessionLifetimeException$;
    exports.InvalidAuthorizationMessageException = InvalidAuthorizationMessageException;
    exports.InvalidAuthorizationMessageException$ = InvalidAuthorizationMessageException$;
    exports.InvalidContextAssertionException = InvalidContextAssertionException;
    exports.InvalidContextAssertionException$ = InvalidContextAssertionException$;
    exports.InvalidIdentityTokenException = InvalidIdentityTokenException;
    exports.InvalidIdentityTokenException$ = InvalidIdentityTokenException$;
    exports.InvalidSubjectCredentialsException = InvalidSubjectCredentialsException;
    exports.InvalidSubjectCredentialsException$ = InvalidSubjectCredentialsException$;
    exports.JWTPayloadSizeExceededException = JWTPayloadSizeExceededException;
    exports.JWTPayloadSizeExceededException$ = JWTPayloadSizeExceededException$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.OriginIdentity$ = OriginIdentity$;
    exports.OutboundWebIdentityFederationDisabledException = OutboundWebIdentityFederationDisabledException;
    exports.OutboundWebIdentityFederationDisabledException$ = OutboundWebIdentityFederationDisabledException$;
    exports.PackedPolicyTooLargeException = PackedPolicyTooLargeException;
    exports.PackedPolicyTooLargeException$ = PackedPolicyTooLargeException$;
    exports.PolicyDescriptorType$ = PolicyDescriptorType$;
    exports.ProvidedContext$ = ProvidedContext$;
    exports.RegionDisabledException = RegionDisabledException;
    exports.RegionDisabledException$ = RegionDisabledException$;
    exports.STS = STS;
    exports.STSClient = STSClient;
    exports.STSServiceException = STSServiceException;
    exports.STSServiceException$ = STSServiceException$;
    exports.ScopedSession$ = ScopedSession$;
    exports.SessionDurationEscalationException = SessionDurationEscalationException;
    exports.SessionDurationEscalationException$ = SessionDurationEscalationException$;
    exports.Tag$ = Tag$;
    exports.TransactionContext$ = TransactionContext$;
    exports.TrustedIdentityPropagationContext$ = TrustedIdentityPropagationContext$;
    exports.WebIdentityTokenSubjectModeType = WebIdentityTokenSubjectModeType;
    exports.decorateDefaultCredentialProvider = decorateDefaultCredentialProvider;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.getDefaultRoleAssumer = getDefaultRoleAssumer;
    exports.getDefaultRoleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity;
  }
});

export {
  require_dist_cjs4 as require_dist_cjs
};
