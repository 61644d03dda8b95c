package id.netra.domain.pact;

/**
 * Signs the receipt of a pact signature so that anyone holding the server's public key can later
 * verify that this employee signed this text (its hash) for this election.
 */
public interface ReceiptSigner {

  /** A compact JWS over the signature's receipt claims. */
  String sign(PactSignature signature);
}
