export * from './boxExternalCodeUpdate';
export * from './multiplePrebooksCreate';
export * from './prebookFutureItemAdd';
export * from './purchaseOrderMixedCreate';
export * from './standingOrderUpdate';
export * from './lists';
