import 'reflect-metadata';
import { runServer } from './run';

runServer().catch(() => {
  process.exitCode = 1;
});
