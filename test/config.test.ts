import { ConfigurationError, loadConfig } from '../src/config';

const base = { NODE_ENV: 'test', JWT_SECRET: 's'.repeat(32) };

function configurationErrorFor(environment: Record<string, string>): string {
  try {
    loadConfig({ ...base, ...environment });
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
  throw new Error('loadConfig accepted the configuration');
}

describe('configuration', () => {
  it('works on a laptop with no variables set: port 4000 on 127.0.0.1, embedded database', () => {
    const config = loadConfig({ ...base });
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 4000 });
    expect(config.database.url).toBeUndefined();
    expect(config.database.embedded.dataDirectory).toMatch(/\.lindungi\/postgres$/);
  });

  it.each([
    [{ PORT: 'eighty' }, /^Configuration error: PORT must be a whole number between 0 and 65535 \(got "eighty"\)$/],
    [{ PORT: '70000' }, /^Configuration error: PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /^Configuration error: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    [{ JWT_SECRET: 'short' }, /^Configuration error: JWT_SECRET must be at least 32 characters/],
    [{ NODE_ENV: 'staging' }, /^Configuration error: NODE_ENV must be development, test or production/],
    [{ DATABASE_MIGRATE_ON_START: 'maybe' }, /^Configuration error: DATABASE_MIGRATE_ON_START must be true or false/],
  ])('stops with one line naming the variable for %j', (environment, expected) => {
    const message = configurationErrorFor(environment);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('refuses to start in production without a JWT secret of its own', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('JWT_SECRET must be set in production');
  });

  it('takes the overdue-report thresholds and schedule, and refuses escalation levels out of order', () => {
    const config = loadConfig({ ...base, REPORT_ALERT_LEVEL_2_DAYS: '3', REPORT_ALERT_LEVEL_3_DAYS: '10', OVERDUE_DETECTION_SCHEDULE: 'off' });
    expect(config.reports.escalateAfterDays).toEqual({ level2: 3, level3: 10 });
    expect(config.jobs.overdueDetectionSchedule).toBeNull();
    expect(loadConfig(base).jobs.overdueDetectionSchedule).toBe('* * * * *');
    expect(() => loadConfig({ ...base, REPORT_ALERT_LEVEL_2_DAYS: '10', REPORT_ALERT_LEVEL_3_DAYS: '10' })).toThrow('REPORT_ALERT_LEVEL_3_DAYS must be more than REPORT_ALERT_LEVEL_2_DAYS');
    expect(() => loadConfig({ ...base, OVERDUE_DETECTION_SCHEDULE: 'hourly' })).toThrow('OVERDUE_DETECTION_SCHEDULE must be a cron expression');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...base, PORT: '', DATABASE_URL: '' }).http.port).toBe(4000);
  });
});
