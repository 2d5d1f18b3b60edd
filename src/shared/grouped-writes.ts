/**
 * Group commit: items handed in while a write is under way wait and go together in the next write, so
 * concurrent requests share one statement instead of queuing one each. Each caller's promise settles when
 * the write holding its items has committed (or failed), never before.
 */
export class GroupedWrites<Item> {
  private waiting: { items: Item[]; settle: Array<{ resolve: () => void; reject: (error: unknown) => void }> } | null = null;
  private writing = false;

  constructor(private readonly write: (items: Item[]) => Promise<void>) {}

  add(items: readonly Item[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting ??= { items: [], settle: [] };
      this.waiting.items.push(...items);
      this.waiting.settle.push({ resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting) {
      const batch = this.waiting;
      this.waiting = null;
      try {
        await this.write(batch.items);
        for (const { resolve } of batch.settle) resolve();
      } catch (error) {
        for (const { reject } of batch.settle) reject(error);
      }
    }
    this.writing = false;
  }
}
