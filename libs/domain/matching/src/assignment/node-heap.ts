/**
 * A binary min-heap of graph nodes by distance, with lazy deletion (a node may be in it more than once; the caller
 * skips nodes already settled). Ties go to the sink first, then to the lower node number, so runs are deterministic.
 */
export class NodeHeap {
  private nodes = new Int32Array(1024);
  private keys = new Float64Array(1024);
  size = 0;

  constructor(private readonly sink: number) {}

  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    if (a !== b) return a < b;
    const x = this.nodes[i]!;
    const y = this.nodes[j]!;
    if (x === this.sink) return y !== this.sink;
    if (y === this.sink) return false;
    return x < y;
  }

  private swap(i: number, j: number): void {
    const n = this.nodes[i]!;
    this.nodes[i] = this.nodes[j]!;
    this.nodes[j] = n;
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    let i = this.size++;
    this.nodes[i] = node;
    this.keys[i] = key;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): number {
    const top = this.nodes[0]!;
    this.size--;
    if (this.size > 0) {
      this.nodes[0] = this.nodes[this.size]!;
      this.keys[0] = this.keys[this.size]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let s = i;
        if (l < this.size && this.less(l, s)) s = l;
        if (r < this.size && this.less(r, s)) s = r;
        if (s === i) break;
        this.swap(i, s);
        i = s;
      }
    }
    return top;
  }

  clear(): void {
    this.size = 0;
  }
}
