// The tables the read scenarios need. PostGraphile exposes nothing else: the other tables are omitted
// with smart tags generated here (our migrations carry no PostGraphile comments), which also avoids the
// naming conflicts some of them cause (e.g. ledger_entry's self-reference).
const EXPOSED = ['child', 'child_guardian', 'guardian', 'placement', 'institution', 'companion_assignment', 'worker', 'child_need', 'progress_report'];

/** The JSON smart tags (version 1) that omit every other table of the public schema. */
async function smartTags(pool) {
  const { rows } = await pool.query(
    `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'v', 'm', 'p')`,
  );
  const classes = {};
  for (const { relname } of rows) if (!EXPOSED.includes(relname)) classes[relname] = { tags: { omit: true } };
  return { version: 1, config: { class: classes } };
}

module.exports = { EXPOSED, smartTags };
