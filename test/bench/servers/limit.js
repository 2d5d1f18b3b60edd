// The "physical limit": node:http + pg, one SQL statement per request that builds the response JSON in
// PostgreSQL, in the shape Lindungi answers. No GraphQL, no authorization: the floor for this machine.
const { createServer } = require('node:http');
const pg = require('pg');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX || 10) });

const node = (fields) => `json_build_object(${fields})`;
const currentInstitution = (child, fields) =>
  `(select json_build_object('institution', ${node(fields)}) from placement p join institution i on i.id = p.institution_id
     where p.child_id = ${child} and p.ended_on is null order by p.started_on desc limit 1)`;
const currentCompanion = (child, fields) =>
  `(select ${node(fields)} from companion_assignment ca join worker w on w.id = ca.companion_id
     where ca.child_id = ${child} and ca.ended_on is null order by ca.started_on desc limit 1)`;

const PROFILE_PAGE = `
select json_build_object('data', json_build_object('children', json_build_object('nodes', coalesce(json_agg(page.node order by page.full_name, page.id), '[]'))))::text as body
  from (select c.full_name, c.id, json_build_object(
          'id', c.id, 'fullName', c.full_name, 'dateOfBirth', c.date_of_birth, 'sex', c.sex, 'area', c.area,
          'riskLevel', c.risk_level, 'careArrangement', c.care_arrangement,
          'guardians', (select coalesce(json_agg(json_build_object('relationship', cg.relationship, 'isCaregiver', cg.is_caregiver,
                          'guardian', json_build_object('id', g.id, 'fullName', g.full_name, 'phone', g.phone)) order by cg.created_at, cg.id), '[]')
                          from child_guardian cg join guardian g on g.id = cg.guardian_id where cg.child_id = c.id),
          'currentPlacement', ${currentInstitution('c.id', "'id', i.id, 'name', i.name, 'type', i.type")},
          'currentCompanion', ${currentCompanion('c.id', "'id', w.id, 'fullName', w.full_name, 'phone', w.phone")},
          'needs', (select coalesce(json_agg(json_build_object('kind', n.kind, 'status', n.status) order by n.created_at, n.id), '[]')
                      from child_need n where n.child_id = c.id),
          'recentProgressReports', (select coalesce(json_agg(json_build_object('periodStart', r.period_start, 'status', r.status, 'submittedAt', r.submitted_at) order by r.period_start desc), '[]')
                      from (select * from progress_report pr where pr.child_id = c.id order by pr.period_start desc limit 5) r)
        ) as node
        from (select * from child order by full_name, id limit $1) c) page`;

const CHILD_DEEP = `
select json_build_object('data', json_build_object('child', json_build_object(
  'id', c.id, 'fullName', c.full_name,
  'guardians', (select coalesce(json_agg(json_build_object('relationship', cg.relationship, 'guardian', json_build_object('id', g.id, 'fullName', g.full_name,
      'children', (select coalesce(json_agg(json_build_object('relationship', sg.relationship, 'child', json_build_object('id', s.id, 'fullName', s.full_name,
          'currentPlacement', ${currentInstitution('s.id', "'id', i.id, 'name', i.name")},
          'currentCompanion', ${currentCompanion('s.id', "'id', w.id, 'fullName', w.full_name")})) order by sg.created_at, sg.id), '[]')
        from child_guardian sg join child s on s.id = sg.child_id where sg.guardian_id = g.id))) order by cg.created_at, cg.id), '[]')
    from child_guardian cg join guardian g on g.id = cg.guardian_id where cg.child_id = c.id),
  'currentPlacement', (select json_build_object('institution', json_build_object('id', i.id, 'name', i.name,
      'currentPlacements', (select coalesce(json_agg(json_build_object('child', json_build_object('id', o.id, 'fullName', o.full_name)) order by op.started_on, op.id), '[]')
        from placement op join child o on o.id = op.child_id where op.institution_id = i.id and op.ended_on is null)))
    from placement p join institution i on i.id = p.institution_id where p.child_id = c.id and p.ended_on is null order by p.started_on desc limit 1),
  'currentCompanion', (select json_build_object('id', w.id, 'fullName', w.full_name,
      'caseload', (select coalesce(json_agg(json_build_object('child', json_build_object('id', o.id, 'fullName', o.full_name)) order by oa.started_on, oa.id), '[]')
        from companion_assignment oa join child o on o.id = oa.child_id where oa.companion_id = w.id and oa.ended_on is null))
    from companion_assignment ca join worker w on w.id = ca.companion_id where ca.child_id = c.id and ca.ended_on is null order by ca.started_on desc limit 1)
)))::text as body
  from child c where c.id = $1`;

const STATEMENTS = {
  ChildProfilePage: { name: 'profile_page', text: PROFILE_PAGE, values: (variables) => [variables.first] },
  ChildFourLevels: { name: 'child_four_levels', text: CHILD_DEEP, values: (variables) => [variables.id] },
};

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let statement;
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      statement = STATEMENTS[body.operationName];
    } catch {
      statement = undefined;
    }
    if (!statement) {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unknown operation"}]}');
      return;
    }
    pool
      .query({ name: statement.name, text: statement.text, values: statement.values(body.variables ?? {}), rowMode: 'array' })
      .then((result) => {
        const json = result.rows.length ? result.rows[0][0] : '{"data":{"child":null}}';
        response.writeHead(200, { 'content-type': 'application/json' }).end(json);
      })
      .catch((error) => {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: error.message }] }));
      });
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ ready: `http://127.0.0.1:${server.address().port}/graphql` })}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  pool.end().finally(() => process.exit(0));
});
