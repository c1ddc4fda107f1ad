/** The memory of requests that must not be done twice in one execution: keyed by content, bounded. */
import { forgetSentRequests, sentEarlierInExecution, SENT_ONCE_CAPACITY } from '../../nodes/KometSales/transport/sentOnce';

beforeEach(() => forgetSentRequests());

const body = { prebookId: 85063, inventoryId: 9999999, boxes: 5, price: 2.5 };

test('another node run of the same execution with the same content, in any key order, is "sent earlier"', () => {
	sentEarlierInExecution('e1', 'prebook.future.item.add', body, 1).remember();
	expect(sentEarlierInExecution('e1', 'prebook.future.item.add', { price: 2.5, boxes: 5, inventoryId: 9999999, prebookId: 85063 }, 2).earlier).toBe(true);
});

test('the same node run, another execution, another method or other content is not', () => {
	sentEarlierInExecution('e1', 'prebook.future.item.add', body, 1).remember();
	expect(sentEarlierInExecution('e1', 'prebook.future.item.add', body, 1).earlier).toBe(false);
	expect(sentEarlierInExecution('e2', 'prebook.future.item.add', body, 2).earlier).toBe(false);
	expect(sentEarlierInExecution('e1', 'purchase.order.mixed.create', body, 2).earlier).toBe(false);
	expect(sentEarlierInExecution('e1', 'prebook.future.item.add', { ...body, boxes: 6 }, 2).earlier).toBe(false);
});

test('forgotten when it did nothing; bounded: the oldest goes first', () => {
	const first = sentEarlierInExecution('e1', 'prebook.future.item.add', body, 1);
	first.remember();
	first.forget();
	expect(sentEarlierInExecution('e1', 'prebook.future.item.add', body, 2).earlier).toBe(false);

	sentEarlierInExecution('e1', 'prebook.future.item.add', body, 1).remember();
	for (let index = 0; index < SENT_ONCE_CAPACITY; index++) sentEarlierInExecution(`other-${index}`, 'x', {}, 1).remember();
	expect(sentEarlierInExecution('e1', 'prebook.future.item.add', body, 2).earlier).toBe(false);
	expect(sentEarlierInExecution(`other-${SENT_ONCE_CAPACITY - 1}`, 'x', {}, 2).earlier).toBe(true);
});
