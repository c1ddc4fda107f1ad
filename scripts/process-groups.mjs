// Process groups, as the scripts and tests that start n8n, PostgreSQL and Redis stop them: each
// started in a group of its own (with the children it spawns, such as n8n's task runner), so
// the group can be signalled and waited for whole.
import fs from 'node:fs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The live processes (zombies excluded) from /proc: pid → { ppid, pgrp }. */
function processTable() {
	const table = new Map();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (state !== 'Z') table.set(Number(entry), { ppid: Number(ppid), pgrp: Number(pgrp) });
		} catch {}
	}
	return table;
}

/**
 * Every live process started from these group leaders: the groups' members and all their
 * descendants (PostgreSQL's backends lead groups of their own).
 */
export function processesOf(groups) {
	const table = processTable();
	const found = new Set([...table].filter(([, { pgrp }]) => groups.includes(pgrp)).map(([pid]) => pid));
	for (let grew = true; grew; ) {
		grew = false;
		for (const [pid, { ppid }] of table) {
			if (!found.has(pid) && found.has(ppid)) {
				found.add(pid);
				grew = true;
			}
		}
	}
	return found;
}

/** Live processes (this one excluded) whose command line, working folder or environment names `folder`. */
export function processesNaming(folder) {
	const names = (pid) => {
		try {
			return (
				fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(folder) ||
				fs.readlinkSync(`/proc/${pid}/cwd`).startsWith(folder) ||
				fs.readFileSync(`/proc/${pid}/environ`, 'utf8').includes(folder)
			);
		} catch {
			return false; // gone meanwhile, or not ours to read
		}
	};
	return [...processTable().keys()].filter((pid) => pid !== process.pid && names(pid));
}

export function groupAlive(pgid) {
	if (process.platform === 'linux') return [...processTable().values()].some((entry) => entry.pgrp === pgid);
	try {
		process.kill(-pgid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

export function signalGroup(pgid, signal) {
	try {
		process.kill(-pgid, signal);
	} catch {}
}

/** Sends `signal` to the process (or its whole group) and waits for the group to end; SIGKILL after `graceMs`. */
export async function stopGroup(pgid, { signal = 'SIGTERM', leaderOnly = false, graceMs = 20_000 } = {}) {
	if (!groupAlive(pgid)) return;
	if (leaderOnly) {
		try {
			process.kill(pgid, signal);
		} catch {}
	} else signalGroup(pgid, signal);
	const deadline = Date.now() + graceMs;
	while (Date.now() < deadline && groupAlive(pgid)) await sleep(200);
	if (groupAlive(pgid)) {
		signalGroup(pgid, 'SIGKILL');
		while (groupAlive(pgid)) await sleep(100);
	}
}
