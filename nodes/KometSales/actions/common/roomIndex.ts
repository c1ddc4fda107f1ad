/**
 * The calls of a plan in order, with the room each has left, so that the first one with
 * enough room (from a given call on) is found in logarithmic time instead of by walking
 * every open call: planning stays linear in the number of lines when a feed needs hundreds
 * of calls. A max segment tree over the calls' room; it doubles as calls are added.
 */
export class RoomIndex {
	private leaves = 1;
	private tree: number[] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
	private count = 0;

	/** Adds a call with this much room; returns its position. */
	add(room: number): number {
		if (this.count === this.leaves) this.grow();
		const position = this.count++;
		this.set(position, room);
		return position;
	}

	/** The room left in the call at `position`. */
	room(position: number): number {
		return this.tree[this.leaves + position];
	}

	/** Takes `bytes` of the call's room. */
	take(position: number, bytes: number): void {
		this.set(position, this.room(position) - bytes);
	}

	/** The first call at or after `from` with at least `need` room left, or undefined. */
	firstFrom(from: number, need: number): number | undefined {
		if (from >= this.count) return undefined;
		const found = this.search(1, 0, this.leaves - 1, from, need);
		return found < 0 ? undefined : found;
	}

	private search(node: number, low: number, high: number, from: number, need: number): number {
		if (high < from || this.tree[node] < need) return -1;
		if (low === high) return low;
		const middle = (low + high) >> 1;
		const left = this.search(2 * node, low, middle, from, need);
		return left >= 0 ? left : this.search(2 * node + 1, middle + 1, high, from, need);
	}

	private set(position: number, room: number) {
		let node = this.leaves + position;
		this.tree[node] = room;
		for (node >>= 1; node >= 1; node >>= 1) this.tree[node] = Math.max(this.tree[2 * node], this.tree[2 * node + 1]);
	}

	private grow() {
		const rooms = this.tree.slice(this.leaves, this.leaves + this.count);
		this.leaves *= 2;
		this.tree = new Array<number>(2 * this.leaves).fill(Number.NEGATIVE_INFINITY);
		rooms.forEach((room, position) => (this.tree[this.leaves + position] = room));
		for (let node = this.leaves - 1; node >= 1; node--) this.tree[node] = Math.max(this.tree[2 * node], this.tree[2 * node + 1]);
	}
}
