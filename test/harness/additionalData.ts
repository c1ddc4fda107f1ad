import { ExternalSecretsProxy, type ExecutionLifecycleHooks } from 'n8n-core';
import type { ICredentialsHelper, INodeParameters, IWorkflowExecuteAdditionalData } from 'n8n-workflow';

const unavailable = (what: string) => () => {
	throw new Error(`${what} is not available in the test harness`);
};

const BASE = 'http://localhost:5678';

export function buildAdditionalData(
	credentialsHelper: ICredentialsHelper,
	hooks?: ExecutionLifecycleHooks,
	currentNodeParameters?: INodeParameters,
	executionId = 'test-execution',
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		hooks,
		executionId,
		currentNodeExecutionIndex: 0,
		currentNodeParameters,
		restApiUrl: `${BASE}/rest`,
		instanceBaseUrl: `${BASE}/`,
		// Absolute URLs: n8n builds $execution.resumeUrl from them for every parameter read.
		webhookBaseUrl: `${BASE}/webhook`,
		webhookWaitingBaseUrl: `${BASE}/webhook-waiting`,
		webhookTestBaseUrl: `${BASE}/webhook-test`,
		formBaseUrl: `${BASE}/form`,
		formWaitingBaseUrl: `${BASE}/form-waiting`,
		formTestBaseUrl: `${BASE}/form-test`,
		mcpBaseUrl: `${BASE}/mcp`,
		mcpTestBaseUrl: `${BASE}/mcp-test`,
		variables: {},
		logAiEvent: () => {},
		executeWorkflow: unavailable('executeWorkflow'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		startRunnerTask: unavailable('startRunnerTask'),
		externalSecretsProxy: new ExternalSecretsProxy(),
	} as IWorkflowExecuteAdditionalData;
}
