/*
 * Runs at the end of `npm install`, on the project's own Node (npm puts node_modules/.bin first on
 * the PATH). On a machine with an older Node, npm has just printed EBADENGINE warnings about that
 * older Node; this line says which Node the project actually runs on, as the README explains.
 */
console.log(
  `bpjstk-rekrutmen: npm run and npx use Node ${process.version} from the project's "node" devDependency. ` +
    'Any EBADENGINE warnings above are about the machine\'s own Node and can be ignored (README, first section).',
);
