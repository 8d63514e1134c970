-- A client's contact: the name and the phone in E.164 (+79001234567), each null until known.
ALTER TABLE client ADD COLUMN name VARCHAR(200);
ALTER TABLE client ADD COLUMN phone VARCHAR(16);
-- The admin API finds clients by phone.
CREATE INDEX client_phone ON client (phone);
