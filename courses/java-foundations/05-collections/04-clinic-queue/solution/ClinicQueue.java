import java.util.ArrayList;
import java.util.List;

public class ClinicQueue {
    private final List<String> patients = new ArrayList<>();

    public void add(String patient) {
        patients.add(patient);
    }

    public int size() {
        return patients.size();
    }

    public String callNext() {
        return patients.remove(0);
    }

    public int position(String patient) {
        int index = patients.indexOf(patient);
        if (index == -1) {
            return -1;
        }
        return index + 1;
    }
}
