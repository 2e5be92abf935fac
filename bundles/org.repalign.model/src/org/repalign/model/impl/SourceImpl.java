/**
 * RepAlign
 */
package org.repalign.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.Source;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getTensorName <em>Tensor Name</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getItemsFile <em>Items File</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getSaeFolder <em>Sae Folder</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getTrainingDataSize <em>Training Data Size</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.repalign.model.impl.SourceImpl#getLayer <em>Layer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceImpl extends MinimalEObjectImpl.Container implements Source {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTensorName() <em>Tensor Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTensorName()
	 * @generated
	 * @ordered
	 */
	protected static final String TENSOR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTensorName() <em>Tensor Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTensorName()
	 * @generated
	 * @ordered
	 */
	protected String tensorName = TENSOR_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getItemsFile() <em>Items File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemsFile()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEMS_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemsFile() <em>Items File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemsFile()
	 * @generated
	 * @ordered
	 */
	protected String itemsFile = ITEMS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSaeFolder() <em>Sae Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaeFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String SAE_FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSaeFolder() <em>Sae Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaeFolder()
	 * @generated
	 * @ordered
	 */
	protected String saeFolder = SAE_FOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected String family = FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected String modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getParameters() <em>Parameters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected static final Double PARAMETERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected Double parameters = PARAMETERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DEPTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected Integer depth = DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WIDTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected Integer width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainingDataSize() <em>Training Data Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingDataSize()
	 * @generated
	 * @ordered
	 */
	protected static final Double TRAINING_DATA_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrainingDataSize() <em>Training Data Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingDataSize()
	 * @generated
	 * @ordered
	 */
	protected Double trainingDataSize = TRAINING_DATA_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected String layer = LAYER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTensorName() {
		return tensorName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTensorName(String newTensorName) {
		String oldTensorName = tensorName;
		tensorName = newTensorName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__TENSOR_NAME, oldTensorName, tensorName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemsFile() {
		return itemsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemsFile(String newItemsFile) {
		String oldItemsFile = itemsFile;
		itemsFile = newItemsFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__ITEMS_FILE, oldItemsFile, itemsFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSaeFolder() {
		return saeFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaeFolder(String newSaeFolder) {
		String oldSaeFolder = saeFolder;
		saeFolder = newSaeFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__SAE_FOLDER, oldSaeFolder, saeFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(String newFamily) {
		String oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(String newModality) {
		String oldModality = modality;
		modality = newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getParameters() {
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameters(Double newParameters) {
		Double oldParameters = parameters;
		parameters = newParameters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__PARAMETERS, oldParameters, parameters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDepth() {
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepth(Integer newDepth) {
		Integer oldDepth = depth;
		depth = newDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__DEPTH, oldDepth, depth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(Integer newWidth) {
		Integer oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTrainingDataSize() {
		return trainingDataSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingDataSize(Double newTrainingDataSize) {
		Double oldTrainingDataSize = trainingDataSize;
		trainingDataSize = newTrainingDataSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__TRAINING_DATA_SIZE, oldTrainingDataSize, trainingDataSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayer() {
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(String newLayer) {
		String oldLayer = layer;
		layer = newLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SOURCE__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.SOURCE__ID:
				return getId();
			case ExperimentPackage.SOURCE__FILE:
				return getFile();
			case ExperimentPackage.SOURCE__FORMAT:
				return getFormat();
			case ExperimentPackage.SOURCE__TENSOR_NAME:
				return getTensorName();
			case ExperimentPackage.SOURCE__ITEMS_FILE:
				return getItemsFile();
			case ExperimentPackage.SOURCE__SAE_FOLDER:
				return getSaeFolder();
			case ExperimentPackage.SOURCE__FAMILY:
				return getFamily();
			case ExperimentPackage.SOURCE__MODALITY:
				return getModality();
			case ExperimentPackage.SOURCE__PARAMETERS:
				return getParameters();
			case ExperimentPackage.SOURCE__DEPTH:
				return getDepth();
			case ExperimentPackage.SOURCE__WIDTH:
				return getWidth();
			case ExperimentPackage.SOURCE__TRAINING_DATA_SIZE:
				return getTrainingDataSize();
			case ExperimentPackage.SOURCE__YEAR:
				return getYear();
			case ExperimentPackage.SOURCE__LAYER:
				return getLayer();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.SOURCE__ID:
				setId((String)newValue);
				return;
			case ExperimentPackage.SOURCE__FILE:
				setFile((String)newValue);
				return;
			case ExperimentPackage.SOURCE__FORMAT:
				setFormat((String)newValue);
				return;
			case ExperimentPackage.SOURCE__TENSOR_NAME:
				setTensorName((String)newValue);
				return;
			case ExperimentPackage.SOURCE__ITEMS_FILE:
				setItemsFile((String)newValue);
				return;
			case ExperimentPackage.SOURCE__SAE_FOLDER:
				setSaeFolder((String)newValue);
				return;
			case ExperimentPackage.SOURCE__FAMILY:
				setFamily((String)newValue);
				return;
			case ExperimentPackage.SOURCE__MODALITY:
				setModality((String)newValue);
				return;
			case ExperimentPackage.SOURCE__PARAMETERS:
				setParameters((Double)newValue);
				return;
			case ExperimentPackage.SOURCE__DEPTH:
				setDepth((Integer)newValue);
				return;
			case ExperimentPackage.SOURCE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case ExperimentPackage.SOURCE__TRAINING_DATA_SIZE:
				setTrainingDataSize((Double)newValue);
				return;
			case ExperimentPackage.SOURCE__YEAR:
				setYear((Integer)newValue);
				return;
			case ExperimentPackage.SOURCE__LAYER:
				setLayer((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExperimentPackage.SOURCE__ID:
				setId(ID_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__TENSOR_NAME:
				setTensorName(TENSOR_NAME_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__ITEMS_FILE:
				setItemsFile(ITEMS_FILE_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__SAE_FOLDER:
				setSaeFolder(SAE_FOLDER_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__PARAMETERS:
				setParameters(PARAMETERS_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__DEPTH:
				setDepth(DEPTH_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__TRAINING_DATA_SIZE:
				setTrainingDataSize(TRAINING_DATA_SIZE_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ExperimentPackage.SOURCE__LAYER:
				setLayer(LAYER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExperimentPackage.SOURCE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ExperimentPackage.SOURCE__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case ExperimentPackage.SOURCE__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case ExperimentPackage.SOURCE__TENSOR_NAME:
				return TENSOR_NAME_EDEFAULT == null ? tensorName != null : !TENSOR_NAME_EDEFAULT.equals(tensorName);
			case ExperimentPackage.SOURCE__ITEMS_FILE:
				return ITEMS_FILE_EDEFAULT == null ? itemsFile != null : !ITEMS_FILE_EDEFAULT.equals(itemsFile);
			case ExperimentPackage.SOURCE__SAE_FOLDER:
				return SAE_FOLDER_EDEFAULT == null ? saeFolder != null : !SAE_FOLDER_EDEFAULT.equals(saeFolder);
			case ExperimentPackage.SOURCE__FAMILY:
				return FAMILY_EDEFAULT == null ? family != null : !FAMILY_EDEFAULT.equals(family);
			case ExperimentPackage.SOURCE__MODALITY:
				return MODALITY_EDEFAULT == null ? modality != null : !MODALITY_EDEFAULT.equals(modality);
			case ExperimentPackage.SOURCE__PARAMETERS:
				return PARAMETERS_EDEFAULT == null ? parameters != null : !PARAMETERS_EDEFAULT.equals(parameters);
			case ExperimentPackage.SOURCE__DEPTH:
				return DEPTH_EDEFAULT == null ? depth != null : !DEPTH_EDEFAULT.equals(depth);
			case ExperimentPackage.SOURCE__WIDTH:
				return WIDTH_EDEFAULT == null ? width != null : !WIDTH_EDEFAULT.equals(width);
			case ExperimentPackage.SOURCE__TRAINING_DATA_SIZE:
				return TRAINING_DATA_SIZE_EDEFAULT == null ? trainingDataSize != null : !TRAINING_DATA_SIZE_EDEFAULT.equals(trainingDataSize);
			case ExperimentPackage.SOURCE__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case ExperimentPackage.SOURCE__LAYER:
				return LAYER_EDEFAULT == null ? layer != null : !LAYER_EDEFAULT.equals(layer);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", file: ");
		result.append(file);
		result.append(", format: ");
		result.append(format);
		result.append(", tensorName: ");
		result.append(tensorName);
		result.append(", itemsFile: ");
		result.append(itemsFile);
		result.append(", saeFolder: ");
		result.append(saeFolder);
		result.append(", family: ");
		result.append(family);
		result.append(", modality: ");
		result.append(modality);
		result.append(", parameters: ");
		result.append(parameters);
		result.append(", depth: ");
		result.append(depth);
		result.append(", width: ");
		result.append(width);
		result.append(", trainingDataSize: ");
		result.append(trainingDataSize);
		result.append(", year: ");
		result.append(year);
		result.append(", layer: ");
		result.append(layer);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
