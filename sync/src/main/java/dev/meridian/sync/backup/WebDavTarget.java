package dev.meridian.sync.backup;

import com.github.sardine.DavResource;
import com.github.sardine.Sardine;
import com.github.sardine.SardineFactory;
import com.github.sardine.impl.SardineException;
import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.backup.MissingObjectException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A backup target in a WebDAV folder, through Sardine. An object is uploaded under a temporary
 * name and then MOVEd (without overwrite) to its real name, so a reader never sees a partial object.
 * Sub-folders ({@code data/}, {@code snapshots/}) are created on first use.
 */
public final class WebDavTarget implements BackupTarget {

    private static final String TEMP_SUFFIX = ".part";

    private final Sardine sardine;
    private final WebDavSettings settings;
    private final String base;
    private final Set<String> knownFolders = ConcurrentHashMap.newKeySet();

    public WebDavTarget(WebDavSettings settings) {
        this.settings = settings;
        this.base = settings.folderUrl();
        this.sardine = settings.username().isEmpty() ? SardineFactory.begin() : SardineFactory.begin(settings.username(), settings.password());
        sardine.enablePreemptiveAuthentication(URI.create(base).getHost());
    }

    @Override
    public boolean putIfAbsent(String name, byte[] content) throws IOException {
        String url = url(name);
        if (exists(name)) {
            return false;
        }
        ensureFolders(name);
        String temp = url + "." + UUID.randomUUID() + TEMP_SUFFIX;
        try {
            sardine.put(temp, content, "application/octet-stream");
            sardine.move(temp, url, false);
            return true;
        } catch (SardineException e) {
            if (e.getStatusCode() == 412) {
                return false;
            }
            throw failure(name, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public byte[] get(String name) throws IOException {
        try (InputStream in = sardine.get(url(name))) {
            return in.readAllBytes();
        } catch (SardineException e) {
            if (e.getStatusCode() == 404) {
                throw new MissingObjectException(name, describe());
            }
            throw failure(name, e);
        }
    }

    @Override
    public boolean exists(String name) throws IOException {
        try {
            return sardine.exists(url(name));
        } catch (SardineException e) {
            throw failure(name, e);
        }
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        int slash = prefix.lastIndexOf('/');
        String folder = slash < 0 ? "" : prefix.substring(0, slash + 1);
        List<String> names = new ArrayList<>();
        try {
            collect(folder, prefix, names);
        } catch (SardineException e) {
            if (e.getStatusCode() == 404) {
                return List.of();
            }
            throw failure(prefix, e);
        }
        return names;
    }

    private void collect(String folder, String prefix, List<String> names) throws IOException {
        String folderPath = URI.create(base + folder).getRawPath();
        for (DavResource resource : sardine.list(base + folder, 1, false)) {
            String path = resource.getHref().getRawPath();
            if (path.equals(folderPath) || path.equals(folderPath.substring(0, folderPath.length() - 1))) {
                continue;
            }
            String name = folder + resource.getName();
            if (resource.isDirectory()) {
                collect(name + "/", prefix, names);
            } else if (name.startsWith(prefix) && !name.endsWith(TEMP_SUFFIX)) {
                names.add(name);
            }
        }
    }

    @Override
    public void delete(String name) throws IOException {
        try {
            sardine.delete(url(name));
        } catch (SardineException e) {
            if (e.getStatusCode() != 404) {
                throw failure(name, e);
            }
        }
    }

    @Override
    public String describe() {
        return "WebDAV folder " + base;
    }

    @Override
    public void close() throws IOException {
        sardine.shutdown();
    }

    /** Synchronized: a parallel upload must not PUT into a folder another thread is still creating. */
    private synchronized void ensureFolders(String name) throws IOException {
        int slash = name.indexOf('/');
        while (slash > 0) {
            String folder = name.substring(0, slash + 1);
            if (!knownFolders.contains(folder)) {
                try {
                    if (!sardine.exists(base + folder)) {
                        sardine.createDirectory(base + folder);
                    }
                } catch (SardineException e) {
                    if (e.getStatusCode() != 405) {
                        throw failure(folder, e);
                    }
                }
                knownFolders.add(folder);
            }
            slash = name.indexOf('/', slash + 1);
        }
    }

    private String url(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("..")) {
            throw new IllegalArgumentException("Invalid backup object name: " + name);
        }
        return base + name;
    }

    private void deleteQuietly(String url) {
        try {
            if (sardine.exists(url)) {
                sardine.delete(url);
            }
        } catch (IOException e) {
            // A leftover .part file is ignored by list() and overwritten by nothing.
        }
    }

    private IOException failure(String name, SardineException e) {
        return new IOException(describe() + " failed on " + name + ": HTTP " + e.getStatusCode() + " " + e.getResponsePhrase(), e);
    }

    @Override
    public String toString() {
        return "WebDavTarget[" + base + "]";
    }
}
