-- Issue 14: a receipt key may live in a keystore (netra.receipt.keystore): the database then keeps
-- its public half only, published with the older keys.
ALTER TABLE signing_key ALTER COLUMN private_key DROP NOT NULL;
