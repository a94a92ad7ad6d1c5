/* global process, Buffer */
/**
 * An independent exact answer for the plan's property test: reads a JSON list of assignment
 * instances ({ capacities: [[adviserId, slots]], edges: [{ adviserId, institutionId, score }] })
 * on stdin and writes the optimum total score of each, solved by GLPK as an integer programme:
 * one binary per edge as given (duplicates included), at most one per institution, at most the
 * adviser's slots per adviser, maximise the sum of scores. A separate process because glpk.js is
 * an ES module that Jest's CommonJS runtime cannot load.
 */
import GLPK from 'glpk.js/node';

const glpk = await GLPK();
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const instances = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const optimum = ({ capacities, edges }) => {
  if (edges.length === 0) return 0;
  const vars = edges.map((edge, e) => ({ name: `x${e}`, coef: edge.score }));
  const rows = new Map();
  const row = (name, bound) => {
    if (!rows.has(name)) {
      rows.set(name, { name, vars: [], bnds: { type: glpk.GLP_UP, lb: 0, ub: bound } });
    }
    return rows.get(name);
  };
  const slots = new Map(capacities);
  edges.forEach((edge, e) => {
    row(`institution ${edge.institutionId}`, 1).vars.push({ name: `x${e}`, coef: 1 });
    row(`adviser ${edge.adviserId}`, slots.get(edge.adviserId) ?? 0).vars.push({
      name: `x${e}`,
      coef: 1,
    });
  });
  const { result } = glpk.solve(
    {
      name: 'plan',
      objective: { direction: glpk.GLP_MAX, name: 'score', vars },
      subjectTo: [...rows.values()],
      binaries: vars.map((v) => v.name),
    },
    { msglev: glpk.GLP_MSG_OFF },
  );
  if (result.status !== glpk.GLP_OPT) throw new Error(`GLPK status ${result.status}`);
  return Math.round(result.z);
};

process.stdout.write(JSON.stringify(instances.map(optimum)));
