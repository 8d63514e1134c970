-- pgbench script: the statements slotbot's create_booking sends on PostgreSQL (read from its statement log),
-- for create-booking.sh to measure them without the app, on the database the app just used (50 employees
-- 101..150 of branch 1, random clients and 30-minute times far ahead, as the wrk load books).
\set e random(101, 150)
\set m random(0, 5000000)
\set c random(1, 10000000)
-- As the app sends them: BEGIN, the employee's lock and the booking's statement in one round trip (pgjdbc sends BEGIN
-- with the first statement; the app sends the lock and the insert together since 1c218e0), then COMMIT.
\startpipeline
BEGIN;
SELECT id FROM employee WHERE id = :e FOR UPDATE;
WITH c AS (INSERT INTO client (id, created_at) VALUES ('c-' || :c, now()) ON CONFLICT (id) DO NOTHING),
b AS (INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by, version, busy_from, busy_to)
      SELECT 1, :e, 'c-' || :c, timestamptz '2030-01-01' + :m * interval '1 min', timestamptz '2030-01-01' + (:m + 30) * interval '1 min', 'active', now(), 'c-' || :c, 0,
             timestamptz '2030-01-01' + :m * interval '1 min', timestamptz '2030-01-01' + (:m + 30) * interval '1 min'
      WHERE NOT EXISTS (SELECT 1 FROM booking WHERE employee_id = :e AND status IN ('active', 'confirmed')
                        AND starts_at < timestamptz '2030-01-01' + (:m + 30) * interval '1 min' AND starts_at > timestamptz '2030-01-01' + (:m - 2000) * interval '1 min'
                        AND busy_from < timestamptz '2030-01-01' + (:m + 30) * interval '1 min' AND busy_to > timestamptz '2030-01-01' + :m * interval '1 min')
        AND NOT EXISTS (SELECT 1 FROM waitlist_hold WHERE employee_id = :e AND busy_from < timestamptz '2030-01-01' + (:m + 30) * interval '1 min' AND busy_to > timestamptz '2030-01-01' + :m * interval '1 min')
      RETURNING id),
s AS (INSERT INTO booking_service (booking_id, seq, service_id, title, price, duration_minutes)
      SELECT b.id, v.seq, v.service_id, v.title, v.price, v.duration FROM b,
      (VALUES (0, 11::bigint, 'Service 11'::varchar, 1000.00::numeric, 30)) AS v (seq, service_id, title, price, duration)),
o AS (INSERT INTO callback_outbox (bot, client_id, text, created_at)
      SELECT d.bot, d.client_id, CAST('new_order_in_calendar: ['::varchar || b.id || '] Добавлена запись с 2030-01-01 10:00 до 2030-01-01 10:30 на 30 минут. Объекту: Employee 101'::varchar AS VARCHAR(20000)), now() FROM b, dialog d
      WHERE d.client_id = 'c-' || :c ORDER BY d.bot
      RETURNING id)
SELECT b.id, k.name, k.phone, (SELECT array_agg(id ORDER BY id) FROM o) FROM b LEFT JOIN client k ON k.id = 'c-' || :c;
\endpipeline
COMMIT;
