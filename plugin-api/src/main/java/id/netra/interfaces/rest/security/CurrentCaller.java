package id.netra.interfaces.rest.security;

import id.netra.application.Actor;
import jakarta.enterprise.context.RequestScoped;

/** Holds the caller the authentication filter found, for the resources of the same request. */
@RequestScoped
public class CurrentCaller {

  private Caller caller = Caller.ANONYMOUS;

  void set(Caller caller) {
    this.caller = caller;
  }

  public Caller get() {
    return caller;
  }

  public Actor actor() {
    return caller.actor();
  }
}
