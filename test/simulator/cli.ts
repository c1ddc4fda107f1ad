/** Runs the Komet simulator on its own: `node .build/test/simulator/cli.js [port]`. */
import { startSimulator } from './server';
import { TOKENS } from './referenceData';

async function main() {
	const port = Number(process.argv[2] ?? process.env.KOMET_SIMULATOR_PORT ?? 0);
	const simulator = await startSimulator({ port });
	console.log(`Komet Sales simulator listening on ${simulator.url}`);
	console.log(`Tokens: ${Object.entries(TOKENS).map(([token, kind]) => `${token} (${kind})`).join(', ')}`);
	const stop = () => void simulator.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
