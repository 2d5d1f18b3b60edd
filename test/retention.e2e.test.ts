import { APPLY_RETENTION } from '../src/jobs/job-runner';
import { ManualClock } from '../src/shared/clock';
import { SubmitHotlineReportDocument } from './operations/generated/graphql';
import { runJob } from './support/jobs';
import { createChild, JakartaArea } from './support/registry-factories';
import { createTestApp, type TestApp } from './support/test-app';

/** The retention rule: records closed longer than RETENTION_YEARS lose what identifies a person, on record. */
const clock = new ManualClock(new Date('2036-06-01T00:00:00+07:00'));
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ RETENTION_YEARS: '10' }, { clock });
});

afterAll(() => app.stop());

const sql = <Row>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<Row[]>(query, params);

it('anonymises a child record closed more than ten years ago and a reporter of that age, once, each on the audit log', async () => {
  const old = await createChild(app, { fullName: 'Siti Aminah', nik: '3175064512150001', dateOfBirth: '2015-12-05', address: 'Jl. Kenari 3', area: JakartaArea.JAKARTA_PUSAT });
  const recent = await createChild(app, { fullName: 'Dimas Anggara', area: JakartaArea.JAKARTA_PUSAT });
  await sql("update child set record_status = 'CLOSED', updated_at = '2025-01-10' where id = ?", [old.id]);
  await sql("update child set record_status = 'CLOSED', updated_at = '2030-01-10' where id = ?", [recent.id]);
  const complaint = async (reporterName: string) =>
    (
      await app.request(SubmitHotlineReportDocument, {
        input: { channel: 'WEB', kind: 'FUND_MISUSE', description: 'Dana bantuan tidak sampai ke anak-anak panti', reporterName, reporterContact: '+62 813 2222 2222' },
      })
    ).data!.submitHotlineReport.trackingCode;
  const oldReport = await complaint('Bu Ratna');
  const recentReport = await complaint('Pak Herman');
  await sql("update hotline_report set created_at = '2025-03-01' where tracking_code = ?", [oldReport]);
  await sql("update hotline_report set created_at = '2034-03-01' where tracking_code = ?", [recentReport]);

  await runJob(app, APPLY_RETENTION);
  const children = await sql<{ id: string; full_name: string; nik: string | null; address: string | null; date_of_birth: string | null; anonymised: boolean }>(
    'select id, full_name, nik, address, date_of_birth::text, anonymised_at is not null as anonymised from child where id in (?, ?) order by full_name',
    [old.id, recent.id],
  );
  expect(children).toEqual([
    { id: old.id, full_name: 'Anonim', nik: null, address: null, date_of_birth: '2015-01-01', anonymised: true },
    { id: recent.id, full_name: 'Dimas Anggara', nik: null, address: null, date_of_birth: null, anonymised: false },
  ]);
  const reports = await sql<{ tracking_code: string; reporter_name: string | null; reporter_contact: string | null }>(
    'select tracking_code, reporter_name, reporter_contact from hotline_report where tracking_code in (?, ?)',
    [oldReport, recentReport],
  );
  expect(Object.fromEntries(reports.map((report) => [report.tracking_code, [report.reporter_name, report.reporter_contact]]))).toEqual({
    [oldReport]: [null, null],
    [recentReport]: ['Pak Herman', '+62 813 2222 2222'],
  });
  const lines = async () => sql<{ subject_type: string; subject_ids: string[] }>("select subject_type, subject_ids from audit_entry where operation = 'Job.applyRetention' order by subject_type");
  expect((await lines()).map((line) => line.subject_type)).toEqual(['Child', 'HotlineReport']);
  expect((await lines())[0].subject_ids).toEqual([old.id]);

  // A second run finds nothing left to do and writes nothing.
  await runJob(app, APPLY_RETENTION);
  expect(await lines()).toHaveLength(2);
});
