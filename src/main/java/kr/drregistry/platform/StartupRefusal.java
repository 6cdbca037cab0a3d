package kr.drregistry.platform;

/**
 * The app cannot start (or a command cannot run) for a reason the operator can fix, said in one sentence: the
 * launcher prints the message as one line and exits non-zero, without a stack trace.
 */
public class StartupRefusal extends RuntimeException {
    public StartupRefusal(String sentence) {
        super(sentence, null, false, false);
    }
}
