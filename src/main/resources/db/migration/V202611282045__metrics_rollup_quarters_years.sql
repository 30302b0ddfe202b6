-- Breakdowns keep quarter (Q) and year (Y) rows beside their month rows (see Grain): a range of whole months is read
-- from a few periods per group (months, quarters, whole years) instead of one per month. The month rows already
-- stored are summed into them once here; events and rebuilds keep all three from now on.
INSERT INTO metrics_rollup (grain, dimension, measure, period_start, dim_value, learners)
SELECT 'Q', dimension, measure, CAST(CONCAT(YEAR(period_start), CASE WHEN MONTH(period_start) <= 3 THEN '-01-01'
        WHEN MONTH(period_start) <= 6 THEN '-04-01' WHEN MONTH(period_start) <= 9 THEN '-07-01' ELSE '-10-01' END)
        AS DATE), dim_value, SUM(learners)
FROM metrics_rollup
WHERE grain = 'M' AND dimension <> 'all'
GROUP BY dimension, measure, CAST(CONCAT(YEAR(period_start), CASE WHEN MONTH(period_start) <= 3 THEN '-01-01'
        WHEN MONTH(period_start) <= 6 THEN '-04-01' WHEN MONTH(period_start) <= 9 THEN '-07-01' ELSE '-10-01' END)
        AS DATE), dim_value;

INSERT INTO metrics_rollup (grain, dimension, measure, period_start, dim_value, learners)
SELECT 'Y', dimension, measure, CAST(CONCAT(YEAR(period_start), '-01-01') AS DATE), dim_value, SUM(learners)
FROM metrics_rollup
WHERE grain = 'M' AND dimension <> 'all'
GROUP BY dimension, measure, CAST(CONCAT(YEAR(period_start), '-01-01') AS DATE), dim_value;
