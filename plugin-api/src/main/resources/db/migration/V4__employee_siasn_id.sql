-- SIASN's id of the person (pnsOrangId), resolved by a siasn-rest connector from pns/data-utama
-- or sent by the HR system; used when sanctions are written to SIASN.
ALTER TABLE employee ADD COLUMN siasn_id VARCHAR(64);
