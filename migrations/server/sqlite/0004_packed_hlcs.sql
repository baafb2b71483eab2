-- Rows' field HLCs are stored packed from now on (the most common one once, under the key '';
-- see src-main/server/store/shared.ts). Nothing to change in the tables: rows stored before are
-- read as they are. This step exists so that an older server, which would read a packed row as
-- one without versions, refuses this database instead of merging against it.
SELECT 1;
