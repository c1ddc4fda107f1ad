/**
 * Invoice → Get PDF: one item per invoice with its PDF as n8n binary data (Komet's file
 * name), for an accounting sync or an e-mail to attach. The JSON keeps the invoice id, the
 * file name and Komet's answer without the file.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { KometRequest } from '../../komet/method';
import { invoicePdfGet } from '../../komet/invoicePdfGet';
import type { KometResponse } from '../../transport/answer';
import { wholeNumber } from '../common/fields';
import { NodeOperation, type WholeCallOperation } from '../common/operation';
import { pdfBytes } from './pdfFile';

type Endpoint = typeof invoicePdfGet;

class GetInvoicePdf extends NodeOperation<Endpoint> implements WholeCallOperation<Endpoint> {
	readonly kind = 'wholeCall';
	readonly endpoint = invoicePdfGet;

	readonly properties: INodeProperties[] = [
		wholeNumber('Invoice ID', 'invoiceId', "Komet's internal invoice ID: id in Invoice → Get Many for Accounting or Invoice → Get Many", '240989'),
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the output binary field to put the PDF in',
		},
	];

	readRequest(context: IExecuteFunctions, itemIndex: number) {
		return { invoiceId: context.getNodeParameter('invoiceId', itemIndex) };
	}

	callOutput(response: KometResponse, request: KometRequest<Endpoint>) {
		const { file, suggestedFileName, ...answer } = response.body;
		const fileName = typeof suggestedFileName === 'string' && suggestedFileName.trim() ? suggestedFileName.trim() : `Invoice ${request.invoiceId}.pdf`;
		return [{ invoiceId: request.invoiceId, fileName, ...answer, status: response.status, file }];
	}

	async toItem(context: IExecuteFunctions, json: IDataObject, itemIndex: number) {
		const { file, ...rest } = json;
		const bytes = pdfBytes(file);
		const property = String(context.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim() || 'data';
		const binary = await context.helpers.prepareBinaryData(bytes, String(rest.fileName), 'application/pdf');
		return { json: { ...rest, fileSize: bytes.length }, binary: { [property]: binary } };
	}
}

export const getPdf = new GetInvoicePdf();
