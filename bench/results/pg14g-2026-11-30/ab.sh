#!/bin/bash
# A/B over HTTP: main (format-7 comment) and this branch (format 8) alternated on the 100k database.
source /work/pg14f-cluster/env.sh
out=/work/wt-pg14g/bench/results/pg14g-2026-11-30
mkdir -p $out
for round in 1 2; do
  for code in main branch; do
    if [ $code = main ]; then tree=/work/wt-pg14g-base; fmt=7; else tree=/work/wt-pg14g; fmt=8; fi
    psql "$DATABASE_URL" -qc "COMMENT ON TABLE search_pg_document IS 'archive search index, format $fmt'"
    echo "$code round $round start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
    (cd $tree && nice -n 5 .venv/bin/python bench/search_bench.py --archive /work/pg14f-data --no-build --http --http-only --reps 3 --label "$code-$round" > $out/http-$code-$round.json 2> $out/http-$code-$round.err)
    echo "$code round $round end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg) rc=$?"
  done
done
psql "$DATABASE_URL" -qc "COMMENT ON TABLE search_pg_document IS 'archive search index, format 8'"
