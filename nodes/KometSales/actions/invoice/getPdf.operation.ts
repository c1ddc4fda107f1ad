/**
 * Invoice → Get PDF: one item per invoice with its PDF as n8n binary data (Komet's file
 * name), for an accounting sync or an e-mail to attach. The JSON keeps the invoice id, the
 * file name and Komet's answer without the file.
 */
import { invoicePdfGet } from '../../komet/invoicePdfGet';
import { wholeNumber } from '../common/fields';
import { defineOperation } from '../common/operation';
import { pdfBytes } from './pdfFile';

export const getPdf = defineOperation({
	endpoint: invoicePdfGet,

	properties: [
		wholeNumber('Invoice ID', 'invoiceId', "Komet's internal invoice ID: id in Invoice → Get Many for Accounting or Invoice → Get Many", '240989'),
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the output binary field to put the PDF in',
		},
	],

	readRequest: (context, itemIndex) => ({ invoiceId: context.getNodeParameter('invoiceId', itemIndex) }),

	callOutput: (response, request) => {
		const { file, suggestedFileName, ...answer } = response.body;
		const fileName = typeof suggestedFileName === 'string' && suggestedFileName.trim() ? suggestedFileName.trim() : `Invoice ${request.invoiceId}.pdf`;
		return [{ invoiceId: request.invoiceId, fileName, ...answer, status: response.status, file }];
	},

	async toItem(context, json, itemIndex) {
		const { file, ...rest } = json;
		const bytes = pdfBytes(file);
		const property = String(context.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim() || 'data';
		const binary = await context.helpers.prepareBinaryData(bytes, String(rest.fileName), 'application/pdf');
		return { json: { ...rest, fileSize: bytes.length }, binary: { [property]: binary } };
	},
});
