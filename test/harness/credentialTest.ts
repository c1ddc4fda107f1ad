/**
 * Runs a credential's test the way n8n 2.41's CredentialsTester does for a credential type
 * without a declarative `test` (n8n/dist/services/credentials-tester.service.js,
 * getCredentialTestFunction and testCredentials): the function named by `testedBy` in a node
 * that uses the credential (for a versioned node, the newest version that has it), called with
 * n8n-core's CredentialTestContext, whose `helpers.request` is n8n's legacy request adapter.
 */
import { CredentialTestContext } from 'n8n-core';
import {
	VersionedNodeType,
	type ICredentialDataDecryptedObject,
	type ICredentialTestFunction,
	type ICredentialType,
	type INodeCredentialTestResult,
	type INodeType,
	type IVersionedNodeType,
} from 'n8n-workflow';

import { KometSales } from '../../nodes/KometSales/KometSales.node';
import { KometSalesTrigger } from '../../nodes/KometSales/KometSalesTrigger.node';
import { buildAdditionalData } from './additionalData';
import { TestCredentialsHelper } from './credentialsHelper';

/** The package's nodes, as n8n lists the nodes that use a credential. */
export const packageNodes = (): Array<INodeType | IVersionedNodeType> => [new KometSales(), new KometSalesTrigger()];

/** As getCredentialTestFunction: the first node naming the credential with a `testedBy` gives the function. */
export function findCredentialTest(credentialType: ICredentialType, nodes: Array<INodeType | IVersionedNodeType>): ICredentialTestFunction | undefined {
	if (credentialType.test) {
		// n8n would run the declarative test and never look at the nodes: this harness does not emulate that.
		throw new Error(`${credentialType.name} has a declarative test: n8n runs it instead of the nodes' testedBy function`);
	}
	for (const node of nodes) {
		const versions = node instanceof VersionedNodeType ? Object.values(node.nodeVersions) : [node as INodeType];
		for (const nodeType of versions) {
			for (const { name, testedBy } of nodeType.description.credentials ?? []) {
				if (name !== credentialType.name || typeof testedBy !== 'string') continue;
				if (node instanceof VersionedNodeType) {
					for (const version of Object.keys(node.nodeVersions).sort().reverse()) {
						const credentialTest = node.nodeVersions[Number(version)].methods?.credentialTest;
						if (credentialTest && testedBy in credentialTest) return credentialTest[testedBy];
					}
				}
				// A versioned node has no methods of its own: n8n finds nothing there either.
				return (node as INodeType).methods?.credentialTest?.[testedBy];
			}
		}
	}
	return undefined;
}

export async function testCredential(
	credentialType: ICredentialType,
	data: ICredentialDataDecryptedObject,
	nodes = packageNodes(),
): Promise<INodeCredentialTestResult> {
	const test = findCredentialTest(credentialType, nodes);
	if (!test) return { status: 'Error', message: 'No testing function found for this credential.' };
	// As n8n's applyDefaultsAndOverwrites: a field left out has its default.
	const defaults = Object.fromEntries(credentialType.properties.map((property) => [property.name, property.default])) as ICredentialDataDecryptedObject;
	const additionalData = buildAdditionalData(new TestCredentialsHelper({ [credentialType.name]: data }));
	const context = new CredentialTestContext(additionalData);
	return await test.call(context, { id: 'credential', name: 'credential', type: credentialType.name, data: { ...defaults, ...data } });
}
