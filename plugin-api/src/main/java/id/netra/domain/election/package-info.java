/** Election periods: the window, per agency, in which neutrality rules apply and the gate acts. */
package id.netra.domain.election;
