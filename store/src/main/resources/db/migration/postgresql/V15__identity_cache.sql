-- Nothing to do on PostgreSQL: V15 on H2 widens the identity columns' caches, because H2 writes the database each
-- time one runs out. A PostgreSQL sequence's cache is per connection, and would give ids out of order across the pool.
SELECT 1;
