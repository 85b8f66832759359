// The integration project's global setup points the AWS SDK at the local emulator through
// process.env, which every test worker inherits. Unit tests talk to no emulator: they mock
// AWS at the HTTP level (nock) on the real endpoints, so they must not see those variables.
delete process.env['AWS_ENDPOINT_URL'];
delete process.env['AWS_ENDPOINT_URL_KMS'];
delete process.env['AWS_ENDPOINT_URL_STS'];
