import type { TestApp } from './test-app';

/**
 * Queues `count` runs of a task in graphile-worker's queue, as the cron does, and waits until the running
 * servers have done them all; throws with the job's error when one failed.
 */
export async function runJob(app: Pick<TestApp, 'orm'>, task: string, count = 1, timeoutMs = 15_000): Promise<void> {
  const connection = app.orm.em.getConnection();
  const ids: string[] = [];
  for (let run = 0; run < count; run += 1) {
    const [job] = await connection.execute<Array<{ id: string }>>('select id from graphile_worker.add_job(?)', [task]);
    ids.push(String(job.id));
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = await connection.execute<Array<{ id: string; last_error: string | null }>>("select id, last_error from graphile_worker.jobs where id = any(string_to_array(?, ',')::bigint[])", [ids.join(',')]);
    const failed = left.find((job) => job.last_error);
    if (failed) throw new Error(`job ${task} failed: ${failed.last_error}`);
    if (left.length === 0) return;
    if (Date.now() > deadline) throw new Error(`job ${task} still queued after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
