/**
 * The Komet lists the trigger's events poll: each list's descriptor and the windows of its
 * date range, from the Komet method files, and the window arithmetic Get Many uses too. The
 * one place the trigger takes Komet's facts from.
 */
export { ACCOUNTING_WINDOWS, invoiceAccountingDetailsList } from '../komet/invoiceAccountingDetailsList';
export type { KometEndpoint, WindowKind } from '../komet/method';
export { PREBOOK_WINDOWS, prebookDetailsList } from '../komet/prebookDetailsList';
export { PO_WINDOWS, purchaseOrderList } from '../komet/purchaseOrderList';
export { windowDays, windows } from '../komet/windows';
