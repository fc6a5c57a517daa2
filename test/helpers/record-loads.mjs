// Preloaded with --import in the fast-path test: records every module URL the process loads.
import {register} from 'node:module';

register('./load-hook.mjs', import.meta.url, {data: {out: process.env.COPE_LOADS_FILE}});
